package dev.corpora.persistence.access;

import dev.corpora.application.access.Admission;
import dev.corpora.application.access.RequestAllowances;
import dev.corpora.domain.access.OrganizationId;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link RequestAllowances} port on {@link ThrottleBuckets}: an organization may make
 * {@code corpora.rate-limit.requests} requests, refilled evenly over {@code corpora.rate-limit.window}, across all
 * instances. Going to the database for every request would cost more than most requests: each instance spends
 * from its own view of the bucket and settles with the database after {@code corpora.rate-limit.sync-requests}
 * requests or {@code corpora.rate-limit.sync-interval}, whichever comes first (Bucket4j's delaying optimization),
 * so several instances together may overshoot by that much each. With {@code sync-requests} 0 every request is
 * settled with the database.
 */
@Singleton
final class OrganizationAllowances implements RequestAllowances {
    private final ThrottleBuckets buckets;
    private final boolean enabled;
    private final long requests;
    private final BucketConfiguration configuration;
    private final Optimization settleNowAndThen;
    private final boolean settleEachRequest;
    private final Map<OrganizationId, BucketProxy> byOrganization = new ConcurrentHashMap<>();

    OrganizationAllowances(ThrottleBuckets buckets,
                           @Value("${corpora.rate-limit.enabled:true}") boolean enabled,
                           @Value("${corpora.rate-limit.requests:6000}") long requests,
                           @Value("${corpora.rate-limit.window:1m}") Duration window,
                           @Value("${corpora.rate-limit.sync-requests:50}") long syncRequests,
                           @Value("${corpora.rate-limit.sync-interval:500ms}") Duration syncInterval) {
        this.buckets = buckets;
        this.enabled = enabled;
        this.requests = requests;
        this.configuration = ThrottleBuckets.allowance(requests, window);
        this.settleEachRequest = syncRequests <= 0;
        this.settleNowAndThen = settleEachRequest ? null
                : Optimizations.delaying(new DelayParameters(syncRequests, syncInterval));
    }

    @Override
    public Optional<Admission> admit(OrganizationId organization) {
        if (!enabled) {
            return Optional.empty();
        }
        BucketProxy bucket = byOrganization.computeIfAbsent(organization, org -> settleEachRequest
                ? buckets.bucket("organization", org.value(), configuration)
                : buckets.bucket("organization", org.value(), configuration, settleNowAndThen));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return Optional.of(new Admission(probe.isConsumed(), requests, probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }
}
