package dev.corpora.bootstrap.operations;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;
import java.util.function.UnaryOperator;
import net.logstash.logback.encoder.LogstashEncoder;

/**
 * The service's logging, set up in code where a {@code logback.xml} would be: Logback's XML configuration loads
 * some 450 classes more (its Joran interpreter and an XML parser) and runs them at every start, for about 0.2 s of
 * CPU.
 *
 * <p>Every line goes to the console, with the current span's {@code trace_id}, {@code span_id} and
 * {@code trace_flags} added. {@code CORPORA_LOG_FORMAT=json} writes each line as one JSON object; anything else,
 * text that names the trace id after the logger on the lines logged under a span. {@code CORPORA_LOG_LEVEL}
 * (info) is the root level. Levels reach {@code java.util.logging} too, which {@code Application} routes here:
 * what is off costs nothing there. Each setting is read as a system property first, then from the environment.
 *
 * <p>{@code -Dlogback.configurationFile=...} still replaces all of it with a file of one's own.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfiguration extends ContextAwareBase implements Configurator {
    static final String TEXT_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSX} %-5level [%thread] %logger{36}"
            + "%replace( trace_id=%X{trace_id}){' trace_id=$', ''} - %msg%n";

    private final UnaryOperator<String> settings;

    /** Reads its settings from the system properties, then the environment. */
    public LogConfiguration() {
        this(name -> System.getProperty(name, System.getenv(name)));
    }

    LogConfiguration(UnaryOperator<String> settings) {
        this.settings = settings;
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (settings.apply(ClassicConstants.CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LevelChangePropagator julLevels = new LevelChangePropagator();
        julLevels.setContext(context);
        julLevels.setResetJUL(true);
        julLevels.start();
        context.addListener(julLevels);

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setEncoder(encoder(context));
        console.start();
        OpenTelemetryAppender withTraceIds = new OpenTelemetryAppender();
        withTraceIds.setContext(context);
        withTraceIds.setName("STDOUT");
        withTraceIds.addAppender(console);
        withTraceIds.start();

        context.getLogger("dev.corpora").setLevel(Level.INFO);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel());
        root.addAppender(withTraceIds);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private Encoder<ILoggingEvent> encoder(LoggerContext context) {
        if ("json".equals(settings.apply("CORPORA_LOG_FORMAT"))) {
            LogstashEncoder json = new LogstashEncoder();
            json.setContext(context);
            json.setIncludeContext(false);
            json.start();
            return json;
        }
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(TEXT_PATTERN);
        text.start();
        return text;
    }

    private Level rootLevel() {
        String name = settings.apply("CORPORA_LOG_LEVEL");
        if (name == null) {
            return Level.INFO;
        }
        Level level = Level.toLevel(name, null);
        if (level == null) {
            addWarn("CORPORA_LOG_LEVEL=" + name + " is not a level (trace, debug, info, warn, error, off); info it is");
            return Level.INFO;
        }
        return level;
    }
}
