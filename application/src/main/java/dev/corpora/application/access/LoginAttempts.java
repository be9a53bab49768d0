package dev.corpora.application.access;

import java.time.Duration;
import java.util.Optional;

/**
 * Port: failed logins, counted per client id and per remote address, shared by every instance of the service.
 * Each has an allowance that refills over time; one spent lets no further login be tried until it refills.
 */
public interface LoginAttempts {

    /** How long the client id or the address must wait before a login may be tried, or empty when it may now. */
    Optional<Duration> waitBefore(String clientId, String address);

    /** Counts one failed login against the client id and against the address. */
    void failed(String clientId, String address);
}
