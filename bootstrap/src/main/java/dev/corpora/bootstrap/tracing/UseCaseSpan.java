package dev.corpora.bootstrap.tracing;

import io.micronaut.aop.Around;
import io.micronaut.tracing.annotation.NewSpan;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a factory method of a use case: each call of the use case runs in a span of its own, named after it
 * ({@code CreateDataset.handle}), under the request's span and over the SQL statements' spans. Micronaut's
 * {@link NewSpan} does the work, when requests are traced; otherwise calls go straight through.
 * <p>
 * The use cases know no framework, so the advice comes from their factory: Micronaut then proxies the bean the
 * method returns, with a subclass that forwards every call to it. That subclass needs a constructor to call; the
 * use cases have none without arguments, and {@code ALLOW} lets it pass nulls, which only the forwarding shell
 * ever holds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@NewSpan
@Around(proxyTargetMode = Around.ProxyTargetConstructorMode.ALLOW)
public @interface UseCaseSpan {
}
