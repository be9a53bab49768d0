package dev.corpora.persistence.connection;

import dev.corpora.persistence.SqlErrors;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the database is known to be unreachable. While it is, requests do not each wait out the pool's timeout:
 * they are refused at once, and one request each retry interval goes on to the pool, a trial, to find out whether
 * the database is back. A failure that says the database cannot be reached ({@link SqlErrors#unreachable}) opens
 * the circuit, or keeps it open for another interval; a trial that gets a connection closes it.
 * <p>
 * Between trials nobody waits on the pool, so the pool stops retrying (with no minimum of idle connections to
 * keep) and starts afresh, at once, on the next trial: recovery is not held up by the pool's own backoff, which
 * grows to 5 s during a long outage.
 */
final class DatabaseCircuit {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCircuit.class);
    private static final State CLOSED = new State(false, 0);

    /** What {@link #enter} lets a request do. */
    enum Pass {
        /** the circuit is closed: go on */
        THROUGH,
        /** the circuit is open and the interval has passed: go on, and report what happened */
        TRIAL,
        /** the circuit is open: fail at once */
        REFUSED
    }

    private record State(boolean open, long retryAt) {
    }

    private final AtomicReference<State> state = new AtomicReference<>(CLOSED);
    private final Duration retryInterval;
    private final LongSupplier nanoClock;

    DatabaseCircuit(Duration retryInterval, LongSupplier nanoClock) {
        this.retryInterval = retryInterval;
        this.nanoClock = nanoClock;
    }

    Duration retryInterval() {
        return retryInterval;
    }

    Pass enter() {
        State current = state.get();
        if (!current.open()) {
            return Pass.THROUGH;
        }
        long now = nanoClock.getAsLong();
        if (now - current.retryAt() < 0) {
            return Pass.REFUSED;
        }
        return state.compareAndSet(current, openUntil(now)) ? Pass.TRIAL : Pass.REFUSED;
    }

    /** Opens the circuit, or keeps it open for another interval, when the failure says the database is unreachable. */
    void failed(Throwable failure) {
        if (!SqlErrors.unreachable(failure)) {
            return;
        }
        State before = state.getAndSet(openUntil(nanoClock.getAsLong()));
        if (!before.open()) {
            LOG.warn("The database is unreachable ({}): requests are refused at once, one tries it every {}",
                    failure.getMessage(), retryInterval);
        }
    }

    /** A trial got a connection: the database is back. */
    void reached() {
        if (state.getAndSet(CLOSED).open()) {
            LOG.info("The database is reachable again");
        }
    }

    private State openUntil(long now) {
        return new State(true, now + retryInterval.toNanos());
    }
}
