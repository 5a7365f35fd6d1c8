package london.sanctuary.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import london.sanctuary.platform.store.StoreFaults;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How every consumer retries, in its listener container rather than the binding: a record that fails
 * because the store is unreachable is retried, with back-off, until the store is back (never counted
 * towards the dead-letter attempts: a temporary fault loses nothing); any other failure has the binding's
 * attempts (3) and then goes to {@code <topic>.dlq} with the {@code x-original-*} and {@code x-exception-*}
 * headers and {@link #REASON} (enable-dlq off: logged and skipped). Between attempts the consumer returns to its poll loop, so a long outage never exceeds
 * {@code max.poll.interval.ms}.
 */
public class ConsumerRetries implements ListenerContainerWithDlqAndRetryCustomizer {

    /** The header naming why a record was dead-lettered: the root cause's class, e.g. {@code UnreadableEvent}. */
    public static final String REASON = "x-exception-reason";

    private final KafkaOperations<byte[], byte[]> deadLetterProducer;
    private final DeadLetters destinations;

    public ConsumerRetries(KafkaOperations<byte[], byte[]> deadLetterProducer, DeadLetters destinations) {
        this.deadLetterProducer = deadLetterProducer;
        this.destinations = destinations;
    }

    @Override
    public void configure(
            AbstractMessageListenerContainer<?, ?> container,
            String destinationName,
            String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
            BackOff backOff) {
        DeadLetterPublishingRecoverer deadLetters = null;
        if (dlqDestinationResolver != null) {
            // the binder's resolver names only a configured dlqName; ours is <topic>.dlq, partition by key
            deadLetters = new DeadLetterPublishingRecoverer(
                    deadLetterProducer,
                    (record, failure) -> new TopicPartition(destinations.apply(record, failure), -1));
            deadLetters.setHeaderNamesSupplier(ConsumerRetries::binderHeaderNames);
            deadLetters.addHeadersFunction((record, failure) -> new RecordHeaders(
                    List.of(new RecordHeader(REASON, DeadLetters.reason(failure).getBytes(StandardCharsets.UTF_8)))));
        }
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.setBackOffFunction((record, failure) -> StoreFaults.isStoreFault(failure) ? untilStoreIsBack() : null);
        container.setCommonErrorHandler(handler);
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    private static BackOff untilStoreIsBack() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(5_000);
        return backOff;
    }

    /** The header names the binder's own dead letters carry, which operators and the README know. */
    private static HeaderNames binderHeaderNames() {
        return HeaderNames.Builder.original()
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .keyExceptionFqcn("x-key-exception-fqcn")
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .exceptionMessage("x-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .exceptionStacktrace("x-exception-stacktrace")
                .build();
    }
}
