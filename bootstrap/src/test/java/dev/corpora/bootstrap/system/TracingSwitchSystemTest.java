package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.persistence.testing.H2TestDatabase;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests are traced only when there is somewhere to send the spans, or when Micronaut's own switch says so. */
class TracingSwitchSystemTest {
    private static final String UNUSED_ENDPOINT = "http://127.0.0.1:18203";

    @Test
    void withoutAnOtlpEndpointNothingIsTraced() {
        assertThat(tracingWith(Map.of())).isFalse();
    }

    @Test
    void anOtlpEndpointTurnsTracingOn() {
        assertThat(tracingWith(Map.of("otel.exporter.otlp.endpoint", UNUSED_ENDPOINT))).isTrue();
    }

    @Test
    void micronautsOwnSwitchHasTheLastWord() {
        assertThat(tracingWith(Map.of("micronaut.otel.enabled", "true"))).isTrue();
        assertThat(tracingWith(Map.of("otel.exporter.otlp.endpoint", UNUSED_ENDPOINT, "micronaut.otel.enabled",
                "false"))).isFalse();
    }

    private static boolean tracingWith(Map<String, Object> settings) {
        try (RunningCorpora corpora = new RunningCorpora(new H2TestDatabase(), settings)) {
            return corpora.bean(OpenTelemetry.class).isPresent();
        }
    }
}
