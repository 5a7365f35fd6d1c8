package london.sanctuary.platform.test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every log line of the JVM, formatted, with its stack trace, while open. */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();

    public static LogCapture open() {
        LogCapture capture = new LogCapture();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture.setContext(context);
        capture.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(capture);
        return capture;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
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
