package dev.corpora.persistence.access;

import dev.corpora.persistence.Databases;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Bucket4j's token buckets kept in the database ({@code throttle_buckets}), so that every instance on one
 * database draws on the same buckets. On PostgreSQL, Bucket4j's own select-for-update manager keeps them; on H2,
 * {@link H2ThrottleBuckets}, the same with H2's SQL.
 */
@Singleton
final class ThrottleBuckets {
    private final ProxyManager<String> buckets;

    ThrottleBuckets(DataSource dataSource) {
        // Bucket4j runs its own short transactions on a connection of its own
        DataSource pool = Databases.pool(dataSource);
        this.buckets = Databases.isH2(pool) ? new H2ThrottleBuckets(pool)
                : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("throttle_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofMinutes(1)))
                        .build();
    }

    /** The bucket of a kind ({@code client}, {@code address}, {@code organization}) and a key a caller chose. */
    BucketProxy bucket(String kind, String key, BucketConfiguration configuration) {
        return buckets.builder().build(kind + ":" + sha256(key), () -> configuration);
    }

    /** As {@link #bucket}, spending locally and telling the database now and then (see {@code optimization}). */
    BucketProxy bucket(String kind, String key, BucketConfiguration configuration, Optimization optimization) {
        return buckets.builder().withOptimization(new NotFoundPerBatchedCommand(optimization))
                .build(kind + ":" + sha256(key), () -> configuration);
    }

    static BucketConfiguration allowance(long tokens, Duration window) {
        return BucketConfiguration.builder().addLimit(limit -> limit.capacity(tokens).refillGreedy(tokens, window))
                .build();
    }

    /** A key is whatever a caller sent: its digest keeps it short and the table free of it. */
    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
