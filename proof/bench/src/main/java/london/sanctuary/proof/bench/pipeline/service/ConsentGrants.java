package london.sanctuary.proof.bench.pipeline.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A participant's consent grants in one borough, stored as its document with the events not yet published: each
 * grant is one document write of the new state and its {@code ConsentGranted}, as the consent service writes.
 */
public class ConsentGrants {

    public static final String COLLECTION = "consent_grants";

    @Id
    String id;

    @Version
    Long version;

    String borough;
    int granted;
    List<OutboxEntry> outbox;

    ConsentGrants() {}

    public ConsentGrants(String borough) {
        this.id = UUID.randomUUID().toString();
        this.borough = borough;
    }

    public String borough() {
        return borough;
    }

    /** Grants one more consent and writes it with its event; returns nothing, the version is kept here. */
    public void grant(MongoTemplate store, Instant now) {
        granted++;
        outbox = List.of(grantedEntry(now));
        Long readVersion = version;
        version = AggregateWrites.write(store, COLLECTION, this, id, readVersion);
    }

    /** The outbox entry of one more grant, as the relay will publish it. */
    public OutboxEntry grantedEntry(Instant now) {
        return OutboxEntry.of(granted(now), borough, id, now);
    }

    /** The event of one more grant, with a realistic payload: what the consent service records. */
    private ConsentGranted granted(Instant now) {
        return new ConsentGranted(
                ParticipantRef.of(id),
                Borough.of(borough),
                UUID.randomUUID(),
                ConsentPurpose.PARTICIPATE,
                LegalBasis.CONSENT,
                ConsentMethod.VERBAL_WITH_INTERPRETER,
                "ar",
                borough + "-2026.1",
                now,
                now.plus(Duration.ofDays(365)),
                false);
    }
}
