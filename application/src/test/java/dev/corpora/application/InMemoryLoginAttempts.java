package dev.corpora.application;

import dev.corpora.application.access.LoginAttempts;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link LoginAttempts} port in a map, for the use-case tests: an allowance of failures per client id and
 * per address that never refills, and a fixed wait once one is spent. {@link InMemoryLoginAttemptsContractTest}
 * holds it to the adapter's contract.
 */
public final class InMemoryLoginAttempts implements LoginAttempts {
    public static final Duration WAIT = Duration.ofMinutes(5);

    private final int allowance;
    private final Map<String, Integer> failures = new HashMap<>();

    public InMemoryLoginAttempts(int allowance) {
        this.allowance = allowance;
    }

    @Override
    public Optional<Duration> waitBefore(String clientId, String address) {
        boolean spent = failures.getOrDefault("client:" + clientId, 0) >= allowance
                || failures.getOrDefault("address:" + address, 0) >= allowance;
        return spent ? Optional.of(WAIT) : Optional.empty();
    }

    @Override
    public void failed(String clientId, String address) {
        failures.merge("client:" + clientId, 1, Integer::sum);
        failures.merge("address:" + address, 1, Integer::sum);
    }
}
