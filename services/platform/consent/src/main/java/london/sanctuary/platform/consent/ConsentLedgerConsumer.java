package london.sanctuary.platform.consent;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Topics;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentStateRecorded;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.messaging.UnreadableEvent;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The {@code consentLedger} binding: applies the consent service's events, and the states of its compacted
 * consent-state topic (a tombstone there, keyed {@code <participantRef>/<PURPOSE>}, is an erasure), to the ledger.
 */
public class ConsentLedgerConsumer implements Consumer<Message<?>> {

    private final ConsentLedger ledger;

    public ConsentLedgerConsumer(ConsentLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void accept(Message<?> message) {
        if (message.getPayload() instanceof KafkaNull) {
            tombstone(message);
            return;
        }
        if (!(message.getPayload() instanceof byte[] payload)) {
            throw new UnreadableEvent("a consent record whose value is not bytes");
        }
        ReceivedEvent event = CloudEventMessages.read(MessageBuilder.withPayload(payload)
                .copyHeaders(message.getHeaders())
                .build());
        event.dataAs(ConsentGranted.class).ifPresent(ledger::granted);
        event.dataAs(ConsentWithdrawn.class).ifPresent(ledger::withdrawn);
        event.dataAs(ParticipantErased.class).ifPresent(ledger::erased);
        event.dataAs(ConsentStateRecorded.class).ifPresent(ledger::stated);
    }

    private void tombstone(Message<?> message) {
        String topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (topic == null || !Topics.isCompacted(topic) || key == null) {
            throw new UnreadableEvent("a record without a value off a topic that is not compacted");
        }
        String text = key instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8) : key.toString();
        int purpose = text.indexOf('/');
        if (purpose < 0) {
            throw new UnreadableEvent("a tombstone whose key names no purpose");
        }
        ledger.stateDeleted(Borough.of(Topics.boroughOf(topic)), ParticipantRef.of(text.substring(0, purpose)));
    }
}
