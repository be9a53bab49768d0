package dev.corpora.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts Corpora: resolves the data directory and the signing secret, then runs Micronaut. */
public final class Application {
    private static final String DEFAULT_DATA_DIR = "./data";
    private static final String TRACING = "micronaut.otel.enabled";

    private Application() {
    }

    public static void main(String[] args) {
        try {
            ApplicationContext context = start(Map.of(), args);
            // drain first; the exit then runs the usual stop (Micronaut's shutdown hook) and says all went as asked
            Sigterm.handleWith(() -> {
                context.getBean(GracefulShutdown.class).drain();
                System.exit(0);
            });
        } catch (RuntimeException failure) {
            // a refusal raised while beans start arrives wrapped by Micronaut; show its sentence, not a trace
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof StartupRefused refused) {
                    System.err.println("Corpora did not start: " + refused.getMessage());
                    System.exit(2);
                }
            }
            throw failure;
        }
    }

    /**
     * Starts the application with {@code overrides} taking precedence over the environment; system tests start
     * it the same way.
     */
    public static ApplicationContext start(Map<String, Object> overrides, String... args) {
        routeJavaUtilLogging();
        Path dataDir = Path.of(setting(overrides, "corpora.data-dir", "CORPORA_DATA_DIR", DEFAULT_DATA_DIR))
                .toAbsolutePath().normalize();
        String databaseUrl = setting(overrides, "datasources.default.url", "DATASOURCES_DEFAULT_URL", null);
        boolean embedded = databaseUrl == null || databaseUrl.startsWith("jdbc:h2:");
        String secret = JwtSecret.resolve(setting(overrides, "corpora.jwt.secret", "CORPORA_JWT_SECRET", null),
                embedded, dataDir);

        Map<String, Object> properties = new HashMap<>(overrides);
        properties.put("corpora.data-dir", dataDir.toString());
        properties.put("corpora.jwt.secret", secret);
        properties.put(TRACING, tracing(overrides));
        // no banner: what the process writes is log lines only, and JSON lines stay JSON lines
        return Micronaut.build(args).mainClass(Application.class).banner(false).properties(properties).start();
    }

    /**
     * Whether requests are traced: when {@code MICRONAUT_OTEL_ENABLED} says so, or else when there is an OTLP
     * endpoint to send the spans to. Off, no span is made at all, and no statement is wrapped.
     */
    private static boolean tracing(Map<String, Object> overrides) {
        String enabled = setting(overrides, TRACING, "MICRONAUT_OTEL_ENABLED", "");
        if (!enabled.isBlank()) {
            return Boolean.parseBoolean(enabled.trim());
        }
        return configured(overrides, "otel.exporter.otlp.endpoint", "OTEL_EXPORTER_OTLP_ENDPOINT")
                || configured(overrides, "otel.exporter.otlp.traces.endpoint", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
    }

    private static boolean configured(Map<String, Object> overrides, String property, String env) {
        return !setting(overrides, property, env, "").isBlank();
    }

    /** Libraries that log through java.util.logging then write in the same format, to the same place, as the rest. */
    private static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static String setting(Map<String, Object> overrides, String property, String env, String fallback) {
        Object value = overrides.get(property);
        if (value == null) {
            value = System.getProperty(property);
        }
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null ? fallback : value.toString();
    }
}
