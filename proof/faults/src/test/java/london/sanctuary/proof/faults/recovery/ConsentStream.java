package london.sanctuary.proof.faults.recovery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;

/**
 * Plays the consent service's relay on the boroughs' consent topics: each participant's grants, some
 * withdrawn (half of those granted again), a few participants erased, in order per participant (keyed by participant, as the relay does).
 */
final class ConsentStream implements AutoCloseable {

    static final List<String> BOROUGHS = List.of("newham", "barnet", "lambeth");

    private final Relay relay = new Relay();
    private final Random random = new Random(20261202L);

    /** One participant's consent history; answers how many events it published. */
    int participant() {
        Borough borough = Borough.of(BOROUGHS.get(random.nextInt(BOROUGHS.size())));
        ParticipantRef ref = ParticipantRef.random();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Contract> events = new ArrayList<>();
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            UUID consentId = UUID.randomUUID();
            events.add(granted(ref, borough, consentId, purpose, at));
            if (random.nextInt(4) == 0) {
                events.add(new ConsentWithdrawn(ref, borough, consentId, purpose, at.plusSeconds(60)));
                if (random.nextBoolean()) { // granted again: the ledger keeps the withdrawal's time beside it
                    events.add(granted(ref, borough, UUID.randomUUID(), purpose, at.plusSeconds(90)));
                }
            }
        }
        if (random.nextInt(10) == 0) {
            events.add(new ParticipantErased(ref, borough, at.plusSeconds(120)));
        }
        events.forEach(event ->
                relay.send(CloudEventRecords.toRecord(OutboxEntry.of(event, borough, ref.toString(), at), "consent")));
        return events.size();
    }

    private ConsentGranted granted(
            ParticipantRef ref, Borough borough, UUID consentId, ConsentPurpose purpose, Instant at) {
        return new ConsentGranted(
                ref,
                borough,
                consentId,
                purpose,
                LegalBasis.CONSENT,
                ConsentMethod.WRITTEN,
                "ar",
                borough + "-2025.1",
                at,
                random.nextBoolean() ? null : at.plus(365, ChronoUnit.DAYS),
                false);
    }

    /** Waits until the broker has acknowledged everything sent so far. */
    void flush() throws Exception {
        relay.flush();
    }

    @Override
    public void close() {
        relay.close();
    }
}
