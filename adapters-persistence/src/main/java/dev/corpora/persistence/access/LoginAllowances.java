package dev.corpora.persistence.access;

import dev.corpora.application.access.LoginAttempts;
import dev.corpora.persistence.Databases;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@link LoginAttempts} port with Bucket4j's token buckets kept in the database ({@code login_allowances}), so
 * that every instance on one database counts the same failures. A client id may fail
 * {@code corpora.login-throttle.client-failures} times and an address {@code corpora.login-throttle.address-failures}
 * times; each allowance refills evenly over {@code corpora.login-throttle.window}. On PostgreSQL, Bucket4j's own
 * select-for-update manager keeps them; on H2, {@link H2LoginAllowanceBuckets}, the same with H2's SQL.
 */
@Singleton
final class LoginAllowances implements LoginAttempts {
    private final ProxyManager<String> buckets;
    private final BucketConfiguration perClient;
    private final BucketConfiguration perAddress;

    LoginAllowances(DataSource dataSource,
                    @Value("${corpora.login-throttle.client-failures:10}") int clientFailures,
                    @Value("${corpora.login-throttle.address-failures:50}") int addressFailures,
                    @Value("${corpora.login-throttle.window:15m}") Duration window) {
        DataSource pool = outsideTransactions(dataSource);
        this.buckets = Databases.isH2(pool) ? new H2LoginAllowanceBuckets(pool)
                : Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("login_allowances").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                Duration.ofMinutes(1)))
                        .build();
        this.perClient = allowance(clientFailures, window);
        this.perAddress = allowance(addressFailures, window);
    }

    @Override
    public Optional<Duration> waitBefore(String clientId, String address) {
        long nanos = Math.max(waitNanos(client(clientId)), waitNanos(address(address)));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    @Override
    public void failed(String clientId, String address) {
        client(clientId).tryConsume(1);
        address(address).tryConsume(1);
    }

    private BucketProxy client(String clientId) {
        return buckets.builder().build("client:" + sha256(clientId), () -> perClient);
    }

    private BucketProxy address(String address) {
        return buckets.builder().build("address:" + address, () -> perAddress);
    }

    /** A client id is whatever a caller sent: its digest keeps the key short and the table free of it. */
    private static String sha256(String clientId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(clientId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static long waitNanos(BucketProxy bucket) {
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private static BucketConfiguration allowance(int failures, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(failures).refillGreedy(failures, window))
                .build();
    }

    /**
     * Bucket4j runs its own short transactions on a connection of its own, so it needs the pool itself, not
     * Micronaut Data's view of it, which hands out only the connection of the surrounding transaction.
     */
    private static DataSource outsideTransactions(DataSource dataSource) {
        DataSource plain = dataSource;
        while (plain instanceof DelegatingDataSource delegating) {
            plain = delegating.getTargetDataSource();
        }
        return plain;
    }
}
