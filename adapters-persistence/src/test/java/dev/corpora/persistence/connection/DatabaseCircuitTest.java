package dev.corpora.persistence.connection;

import static dev.corpora.persistence.connection.DatabaseCircuit.Pass.REFUSED;
import static dev.corpora.persistence.connection.DatabaseCircuit.Pass.THROUGH;
import static dev.corpora.persistence.connection.DatabaseCircuit.Pass.TRIAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Refused at once while the database is known to be down; one trial each interval; closed by a trial that works. */
class DatabaseCircuitTest {
    private static final Duration INTERVAL = Duration.ofSeconds(2);

    private final AtomicLong now = new AtomicLong(1_000);
    private final DatabaseCircuit circuit = new DatabaseCircuit(INTERVAL, now::get);

    @Test
    void everyRequestGoesThroughWhileClosed() {
        assertThat(circuit.enter()).isEqualTo(THROUGH);
        assertThat(circuit.enter()).isEqualTo(THROUGH);
    }

    @Test
    void aRefusedConnectionOpensItAndRequestsAreRefusedAtOnce() {
        circuit.failed(wrapped(new SQLException("Connection refused", "08001")));

        assertThat(circuit.enter()).isEqualTo(REFUSED);
        later(INTERVAL.minusMillis(1));
        assertThat(circuit.enter()).isEqualTo(REFUSED);
    }

    @Test
    void aServerShuttingDownOpensIt() {
        circuit.failed(new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(circuit.enter()).isEqualTo(REFUSED);
    }

    @Test
    void afterTheIntervalOneRequestIsATrialAndTheOthersAreStillRefused() {
        circuit.failed(new SQLException("I/O error", "08006"));
        later(INTERVAL);

        assertThat(circuit.enter()).isEqualTo(TRIAL);
        assertThat(circuit.enter()).isEqualTo(REFUSED);
    }

    @Test
    void aTrialThatGetsAConnectionClosesIt() {
        circuit.failed(new SQLException("I/O error", "08006"));
        later(INTERVAL);
        assertThat(circuit.enter()).isEqualTo(TRIAL);

        circuit.reached();

        assertThat(circuit.enter()).isEqualTo(THROUGH);
    }

    @Test
    void aFailedTrialKeepsItOpenForAnotherIntervalFromItsEnd() {
        circuit.failed(new SQLException("I/O error", "08006"));
        later(INTERVAL);
        assertThat(circuit.enter()).isEqualTo(TRIAL);
        later(Duration.ofMillis(1500));

        circuit.failed(new SQLTransientConnectionException("request timed out", "08001",
                new SQLException("Connection refused", "08001")));

        later(INTERVAL.minusMillis(1));
        assertThat(circuit.enter()).isEqualTo(REFUSED);
        later(Duration.ofMillis(1));
        assertThat(circuit.enter()).isEqualTo(TRIAL);
    }

    @Test
    void aSuccessOutsideATrialDoesNotMatterWhileClosed() {
        circuit.reached();

        assertThat(circuit.enter()).isEqualTo(THROUGH);
    }

    @Test
    void failuresThatDoNotSayTheDatabaseIsUnreachableLeaveItClosed() {
        circuit.failed(new SQLException("duplicate key", "23505"));
        circuit.failed(new SQLException("canceling statement due to statement timeout", "57014"));
        circuit.failed(new SQLTransientConnectionException("Connection is not available, request timed out"));
        circuit.failed(new IllegalStateException("not SQL at all"));

        assertThat(circuit.enter()).isEqualTo(THROUGH);
    }

    private void later(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("Failed to obtain JDBC Connection", cause);
    }
}
