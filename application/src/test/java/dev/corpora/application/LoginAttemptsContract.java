package dev.corpora.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.access.LoginAttempts;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginAttempts} promises, for an allowance of {@link #ALLOWANCE} failures per client id and per
 * address; run against the database adapter and against {@link InMemoryLoginAttempts}. Each test uses ids and
 * addresses of its own.
 */
public abstract class LoginAttemptsContract {
    public static final int ALLOWANCE = 3;

    protected abstract LoginAttempts attempts();

    @Test
    void aClientMayTryUntilItsAllowanceOfFailuresIsSpent() {
        String client = unique("client");
        for (int i = 0; i < ALLOWANCE; i++) {
            assertThat(attempts().waitBefore(client, unique("address"))).isEmpty();
            attempts().failed(client, unique("address"));
        }

        assertThat(attempts().waitBefore(client, unique("address"))).hasValueSatisfying(
                wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
    }

    @Test
    void anAddressMayTryUntilItsAllowanceOfFailuresIsSpent() {
        String address = unique("address");
        for (int i = 0; i < ALLOWANCE; i++) {
            attempts().failed(unique("client"), address);
        }

        assertThat(attempts().waitBefore(unique("client"), address)).isPresent();
        assertThat(attempts().waitBefore(unique("client"), unique("address"))).isEmpty();
    }

    @Test
    void failuresOfOneClientDoNotHoldBackAnother() {
        String address = unique("address");
        String noisy = unique("client");
        for (int i = 0; i < ALLOWANCE; i++) {
            attempts().failed(noisy, unique("address"));
        }

        assertThat(attempts().waitBefore(unique("client"), address)).isEmpty();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
