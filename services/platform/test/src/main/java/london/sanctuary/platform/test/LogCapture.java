package london.sanctuary.platform.test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * Captures every log line of the JVM while open: formatted with its stack trace ({@link #open()}), or as the JSON
 * lines a deployment with {@code sanctuary.logging.json=true} writes ({@link #json()}: Spring Boot's ECS format).
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();
    private final Encoder<ILoggingEvent> json;

    private LogCapture(Encoder<ILoggingEvent> json) {
        this.json = json;
    }

    public static LogCapture open() {
        return attach(new LogCapture(null));
    }

    /** Each line as one JSON object in Elastic Common Schema, with the MDC (borough, eventId, traceId, spanId). */
    public static LogCapture json() {
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.setFormat("ecs");
        encoder.start();
        return attach(new LogCapture(encoder));
    }

    private static LogCapture attach(LogCapture capture) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture.setContext(context);
        capture.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
        return capture;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        if (json != null) {
            lines.add(new String(json.encode(event), StandardCharsets.UTF_8).strip());
            return;
        }
        String line = event.getLoggerName() + " " + event.getFormattedMessage();
        if (event.getThrowableProxy() != null) {
            line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        }
        lines.add(line);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        ((LoggerContext) LoggerFactory.getILoggerFactory())
                .getLogger(Logger.ROOT_LOGGER_NAME)
                .detachAppender(this);
        stop();
    }
}
