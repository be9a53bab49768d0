package dev.corpora.bootstrap.tracing;

import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import jakarta.inject.Singleton;

/** Puts {@link RequestsStartTraces} in front of the sampler that the OTEL_* settings configure. */
@Singleton
final class TracingSetup implements OpenTelemetryBuilderCustomizer {
    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addSamplerCustomizer((configured, settings) -> new RequestsStartTraces(configured));
    }
}
