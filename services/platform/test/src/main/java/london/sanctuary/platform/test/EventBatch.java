package london.sanctuary.platform.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.OutgoingEvent;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A poll as the binder in batch mode hands it to a consumer bean (decision 0054): the events' records as their
 * relay publishes them, payloads and headers as lists. For tests that deliver the same batch twice, or deliver it
 * again after the crash window (effects applied, inbox records not written: {@link #forgetInboxRecords}).
 */
public final class EventBatch {

    private EventBatch() {}

    public static Message<List<byte[]>> of(List<? extends OutgoingEvent> events) {
        List<byte[]> payloads = new ArrayList<>();
        List<Map<String, Object>> headers = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (OutgoingEvent event : events) {
            ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(event, "test");
            payloads.add(record.value());
            Map<String, Object> mapped = new LinkedHashMap<>();
            for (Header header : record.headers()) {
                mapped.put(header.key(), header.value());
            }
            headers.add(mapped);
            topics.add(record.topic());
            keys.add(record.key());
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .build();
    }

    /** The poll's events as a consumer reads them before its inbox takes them ({@code Inbox.each}). */
    public static List<ReceivedEvent> received(List<? extends OutgoingEvent> events) {
        return EventBatches.records(of(events)).stream()
                .map(CloudEventMessages::read)
                .toList();
    }

    /** The same poll delivered twice to a consumer bean, as after a rebalance before its offsets were committed. */
    public static void deliverTwice(Consumer<Message<?>> consumer, List<? extends OutgoingEvent> events) {
        consumer.accept(of(events));
        consumer.accept(of(events));
    }

    /**
     * The crash window of decision 0054 with its redelivery: the poll delivered, {@code inboxConsumer}'s records of it
     * then removed from {@code store} as if the process had died before writing them, and the poll delivered again.
     * Answers how many inbox records the first delivery had written (the batch's size when it recorded each event).
     */
    public static long deliverAgainAfterTheCrashWindow(
            Consumer<Message<?>> consumer,
            MongoTemplate store,
            String inboxConsumer,
            List<? extends OutgoingEvent> events) {
        consumer.accept(of(events));
        long forgotten = forgetInboxRecords(store, inboxConsumer, ids(events));
        consumer.accept(of(events));
        return forgotten;
    }

    /** The events' ids, as the inbox records them. */
    public static List<String> ids(List<? extends OutgoingEvent> events) {
        return events.stream().map(OutgoingEvent::eventId).toList();
    }

    /** How many of the events {@code consumer}'s inbox in a borough's store has recorded. */
    public static long inboxRecords(MongoTemplate store, String consumer, List<? extends OutgoingEvent> events) {
        return store.count(inboxQuery(consumer, ids(events)), "inbox");
    }

    /**
     * The crash window of decision 0054: removes {@code consumer}'s inbox records of {@code eventIds} from a borough's
     * store, as if the process had died after the effects and before the records were written.
     */
    public static long forgetInboxRecords(MongoTemplate store, String consumer, Collection<String> eventIds) {
        return store.remove(inboxQuery(consumer, eventIds), "inbox").getDeletedCount();
    }

    private static Query inboxQuery(String consumer, Collection<String> eventIds) {
        return Query.query(
                Criteria.where("consumer").is(consumer).and("eventId").in(eventIds));
    }
}
