package dev.corpora.bootstrap.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;

/**
 * Only a request that comes in starts a trace. A span without a parent that is not a request's, such as a
 * statement of the deletion worker or of the readiness probe, would start a trace of one span every few seconds:
 * it is dropped. Every other span is left to the configured sampler ({@code OTEL_TRACES_SAMPLER}).
 */
final class RequestsStartTraces implements Sampler {
    private final Sampler configured;

    RequestsStartTraces(Sampler configured) {
        this.configured = configured;
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                       Attributes attributes, List<LinkData> parentLinks) {
        boolean startsATrace = !Span.fromContext(parentContext).getSpanContext().isValid();
        if (startsATrace && spanKind != SpanKind.SERVER) {
            return SamplingResult.drop();
        }
        return configured.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "RequestsStartTraces{" + configured.getDescription() + "}";
    }
}
