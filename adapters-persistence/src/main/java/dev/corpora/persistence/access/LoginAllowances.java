package dev.corpora.persistence.access;

import dev.corpora.application.access.LoginAttempts;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@link LoginAttempts} port on {@link ThrottleBuckets}: a client id may fail
 * {@code corpora.login-throttle.client-failures} times and an address {@code corpora.login-throttle.address-failures}
 * times; each allowance refills evenly over {@code corpora.login-throttle.window}.
 */
@Singleton
final class LoginAllowances implements LoginAttempts {
    private final ThrottleBuckets buckets;
    private final BucketConfiguration perClient;
    private final BucketConfiguration perAddress;

    LoginAllowances(ThrottleBuckets buckets,
                    @Value("${corpora.login-throttle.client-failures:10}") int clientFailures,
                    @Value("${corpora.login-throttle.address-failures:50}") int addressFailures,
                    @Value("${corpora.login-throttle.window:15m}") Duration window) {
        this.buckets = buckets;
        this.perClient = ThrottleBuckets.allowance(clientFailures, window);
        this.perAddress = ThrottleBuckets.allowance(addressFailures, window);
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
        return buckets.bucket("client", clientId, perClient);
    }

    private BucketProxy address(String address) {
        return buckets.bucket("address", address, perAddress);
    }

    private static long waitNanos(BucketProxy bucket) {
        var probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }
}
