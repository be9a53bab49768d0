package dev.corpora.bootstrap.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Singleton;

/**
 * Keeps every finished span of an instance started with {@link #PROPERTY} and tracing on, for a test to read with
 * {@code RunningCorpora.bean(InMemorySpanExporter.class)}.
 */
@Factory
@Requires(property = InMemorySpans.PROPERTY, value = "true")
class InMemorySpans {
    static final String PROPERTY = "corpora.test.in-memory-spans";

    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    @Singleton
    SpanProcessor processor(InMemorySpanExporter exporter) {
        return SimpleSpanProcessor.create(exporter);
    }
}
