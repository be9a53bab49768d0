package dev.corpora.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.LoginAttemptsContract;
import dev.corpora.application.access.LoginAttempts;
import dev.corpora.persistence.testing.AdapterContext;
import dev.corpora.persistence.testing.TestDatabase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The failed-login allowances ({@link LoginAttemptsContract}) kept in each database Corpora supports, also when
 * a new client's first logins come at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoginAllowancesAdapterContract extends LoginAttemptsContract {
    private static final int NEW_CLIENTS = 10;

    private AdapterContext adapter;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        adapter = AdapterContext.on(database(), Map.of("corpora.login-throttle.client-failures", ALLOWANCE,
                "corpora.login-throttle.address-failures", ALLOWANCE, "corpora.login-throttle.window", "1h"));
    }

    @AfterAll
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
    }

    @Override
    protected LoginAttempts attempts() {
        return adapter.bean(LoginAttempts.class);
    }

    @Test
    void manyFailedLoginsOfANewClientAtOnceAreAllAnsweredAndThenHoldItBack() throws Exception {
        for (int i = 0; i < NEW_CLIENTS; i++) {
            String client = "client-" + UUID.randomUUID();
            String address = "address-" + UUID.randomUUID();
            AtOnce.run(() -> {
                attempts().waitBefore(client, address);
                attempts().failed(client, address);
                return null;
            });

            assertThat(attempts().waitBefore(client, address)).isPresent();
        }
    }
}
