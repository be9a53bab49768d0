package dev.corpora.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.status.Status;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;
import java.util.Map;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.Test;

/** The logging that the service sets up for itself, read from a fresh logger context. */
class LogConfigurationTest {
    private final LoggerContext context = new LoggerContext();

    @Test
    void writesTextWithTheTraceIdToTheConsoleAtInfoByDefault() {
        assertThat(configure(Map.of())).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        assertThat(root().getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("dev.corpora").getLevel()).isEqualTo(Level.INFO);
        assertThat(console().getEncoder()).isInstanceOfSatisfying(PatternLayoutEncoder.class,
                text -> assertThat(text.getPattern()).contains("trace_id=%X{trace_id}"));
        assertThat(context.getCopyOfListenerList()).as("levels reach java.util.logging").hasSize(1);
    }

    @Test
    void writesJsonLinesWhenAskedTo() {
        configure(Map.of("CORPORA_LOG_FORMAT", "json"));

        assertThat(console().getEncoder()).isInstanceOfSatisfying(LogstashEncoder.class,
                json -> assertThat(json.isIncludeContext()).isFalse());
    }

    @Test
    void takesTheRootLevelFromItsSettingInAnyCase() {
        configure(Map.of("CORPORA_LOG_LEVEL", "Warn"));

        assertThat(root().getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void warnsOfALevelItDoesNotKnowAndStaysAtInfo() {
        configure(Map.of("CORPORA_LOG_LEVEL", "verbose"));

        assertThat(root().getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getStatusManager().getCopyOfStatusList()).anySatisfy(status -> {
            assertThat(status.getLevel()).isEqualTo(Status.WARN);
            assertThat(status.getMessage()).contains("CORPORA_LOG_LEVEL=verbose");
        });
    }

    @Test
    void stepsAsideForAConfigurationFileOfOnesOwn() {
        assertThat(configure(Map.of("logback.configurationFile", "mine.xml")))
                .isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);

        assertThat(root().iteratorForAppenders()).isExhausted();
        assertThat(context.getCopyOfListenerList()).isEmpty();
    }

    private ExecutionStatus configure(Map<String, String> settings) {
        LogConfiguration configuration = new LogConfiguration(settings::get);
        configuration.setContext(context);
        return configuration.configure(context);
    }

    private ch.qos.logback.classic.Logger root() {
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private ConsoleAppender<?> console() {
        Appender<ILoggingEvent> outer = root().getAppender("STDOUT");
        assertThat(outer).isInstanceOf(OpenTelemetryAppender.class);
        Appender<ILoggingEvent> inner = ((OpenTelemetryAppender) outer).getAppender("CONSOLE");
        assertThat(inner).isInstanceOf(ConsoleAppender.class).matches(Appender::isStarted);
        return (ConsoleAppender<?>) inner;
    }
}
