package london.sanctuary.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import london.sanctuary.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;

/**
 * Where a record goes once its retries are spent: {@code <topic>.dlq}, with the binder's failure
 * headers and {@code x-exception-reason} (see {@link #reason}). Counted and logged by topic and failure kind only, never by content.
 */
public class DeadLetters implements DlqDestinationResolver {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private final MeterRegistry registry;

    public DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String apply(ConsumerRecord<?, ?> record, Exception failure) {
        String reason = reason(failure);
        Counter.builder("sanctuary.dead.letters")
                .description("Records sent to a dead-letter topic after their retries")
                .tag("topic", record.topic())
                .tag("reason", reason)
                .register(registry)
                .increment();
        log.warn(
                "Dead-lettered a record from {} partition {} offset {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                reason);
        return Topics.deadLetter(record.topic());
    }

    /** Why a record failed, safe to show anywhere: the simple class name of the root cause, never its message. */
    public static String reason(Throwable failure) {
        return rootCause(failure).getClass().getSimpleName();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
