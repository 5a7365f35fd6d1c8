package london.sanctuary.platform.consent;

import java.util.function.Consumer;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.messaging.Message;

/** The {@code consentLedger} binding: applies the consent service's events to the ledger. */
public class ConsentLedgerConsumer implements Consumer<Message<byte[]>> {

    private final ConsentLedger ledger;

    public ConsentLedgerConsumer(ConsentLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void accept(Message<byte[]> message) {
        ReceivedEvent event = CloudEventMessages.read(message);
        event.dataAs(ConsentGranted.class).ifPresent(ledger::granted);
        event.dataAs(ConsentWithdrawn.class).ifPresent(ledger::withdrawn);
        event.dataAs(ParticipantErased.class).ifPresent(ledger::erased);
    }
}
