package london.sanctuary.platform.consent;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentStateRecorded;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A service's own copy of who holds which consent, kept from the consent service's events, so that
 * consent gates every flow without a call per request. One document per participant and borough
 * ({@code consent_ledger}); each event sets or unsets one purpose, so applying an event twice has the
 * effect of once, and nothing revives a participant once erased. A withdrawal that ends the grant in force is
 * also remembered: as ended ({@code ended.<purpose>}) until the purpose is granted again, and by its time
 * ({@code withdrawn.<purpose>}, the latest) for good, so that a projection applying an older event afterwards, as a
 * replay does, can leave out what the withdrawal removed even when the purpose was granted again since.
 * After each change it announces a {@link ConsentChanged} inside the service, for features that must act on a
 * withdrawal or an erasure. It records an ending before it announces it, so a projection that asked and then wrote
 * asks again once written: either it sees the ending, or the announcement comes after its write and finds it to undo
 * (decision 0072).
 *
 * <p>It hears the same consent twice, by two roads that do not keep order between them: the consent topic's events,
 * and the compacted consent-state topic's latest state per purpose, which outlives the events' retention (decision
 * 0052). So neither revives a grant the other already knows was withdrawn ({@code withdrawn.<purpose>} at or after
 * the grant), a state older than one applied ({@code stated.<purpose>}, its version) changes nothing, and a
 * tombstone on the state topic erases as {@code ParticipantErased} does.
 */
public class ConsentLedger {

    static final String COLLECTION = "consent_ledger";
    private final BoroughStores stores;
    private final ApplicationEventPublisher announcer;

    public ConsentLedger(BoroughStores stores, ApplicationEventPublisher announcer) {
        this.stores = stores;
        this.announcer = announcer;
    }

    /** Whether the participant holds this purpose at {@code at}, as far as this service has heard. */
    public boolean holds(Borough borough, ParticipantRef participantRef, ConsentPurpose purpose, Instant at) {
        Document entry = entry(borough, participantRef);
        if (entry == null || entry.getBoolean("erased", false)) {
            return false;
        }
        Document grant = entry.get("grants", new Document()).get(purpose.name(), Document.class);
        if (grant == null) {
            return false;
        }
        Date expires = grant.getDate("expiresAt");
        return expires == null || expires.toInstant().isAfter(at);
    }

    /**
     * Whether what the participant allowed for this purpose at {@code given} (an answer linked to them when they gave
     * it) no longer stands, as far as this service has heard: they were erased, or withdrew the purpose and have not
     * granted it since, or withdrew it at or after {@code given} and granted it again since — a grant after a
     * withdrawal covers what comes after it, not what the withdrawal took back. Not the same as {@code !holds(...)}:
     * a grant this service has not heard of yet has not ended. With {@code given} now: whether the purpose has ended.
     */
    public boolean ended(Borough borough, ParticipantRef participantRef, ConsentPurpose purpose, Instant given) {
        Document entry = entry(borough, participantRef);
        if (entry == null) {
            return false;
        }
        Date withdrawn = entry.get("withdrawn", new Document()).getDate(purpose.name());
        return endedNow(entry, purpose)
                || withdrawn != null && !withdrawn.toInstant().isBefore(given);
    }

    private static boolean endedNow(Document entry, ConsentPurpose purpose) {
        return entry.getBoolean("erased", false)
                || entry.get("ended", new Document()).containsKey(purpose.name());
    }

    /** Whether this service has heard that the participant was erased. */
    public boolean erased(Borough borough, ParticipantRef participantRef) {
        Document entry = entry(borough, participantRef);
        return entry != null && entry.getBoolean("erased", false);
    }

    private Document entry(Borough borough, ParticipantRef participantRef) {
        return stores.of(borough).findById(participantRef.toString(), Document.class, COLLECTION);
    }

    void granted(ConsentGranted granted) {
        Document known = entry(granted.borough(), granted.participantRef());
        if (known != null && known.getBoolean("erased", false)) {
            return; // a grant redelivered after the erasure revives nothing
        }
        if (overtaken(known, granted.purpose(), granted.grantedAt())) {
            return; // the state topic told of its withdrawal, or of a later grant, first
        }
        Document grant = grant(granted.consentId(), granted.grantedAt(), granted.expiresAt());
        change(
                granted.borough(),
                granted.participantRef(),
                new Update()
                        .set("grants." + granted.purpose().name(), grant)
                        .unset("ended." + granted.purpose().name()));
        announce(granted.borough(), granted.participantRef(), granted.purpose(), true);
    }

    /**
     * Applies where a purpose stands now, from the consent-state topic: only a state newer than the last one applied
     * (by version), and never a grant already withdrawn or replaced, as the consent topic may have said first.
     * Announces a change only when it changed what the ledger holds.
     */
    void stated(ConsentStateRecorded state) {
        Document known = entry(state.borough(), state.participantRef());
        String purpose = state.purpose().name();
        if (known != null && known.getBoolean("erased", false)) {
            return;
        }
        Number applied =
                known == null ? null : known.get("stated", new Document()).get(purpose, Number.class);
        if (applied != null && applied.longValue() >= state.version()) {
            return;
        }
        Document grant =
                known == null ? null : known.get("grants", new Document()).get(purpose, Document.class);
        Update update = new Update().set("stated." + purpose, state.version());
        boolean changes;
        if (state.granted()) {
            changes = !overtaken(known, state.purpose(), state.at())
                    && (grant == null || !state.consentId().toString().equals(grant.getString("consentId")));
            if (changes) {
                update.set("grants." + purpose, grant(state.consentId(), state.at(), state.expiresAt()))
                        .unset("ended." + purpose);
            }
        } else {
            changes = grant != null && !grant.getDate("grantedAt").toInstant().isAfter(state.at());
            if (changes || grant == null) {
                update.unset("grants." + purpose).set("ended." + purpose, Date.from(state.at()));
            }
            update.max("withdrawn." + purpose, Date.from(state.at()));
        }
        change(state.borough(), state.participantRef(), update);
        if (changes) {
            announce(state.borough(), state.participantRef(), state.purpose(), state.granted());
        }
    }

    /** A tombstone on the consent-state topic: the participant was erased. Announced once, not once per purpose. */
    void stateDeleted(Borough borough, ParticipantRef participantRef) {
        if (!erased(borough, participantRef)) {
            erase(borough, participantRef);
        }
    }

    /** Whether a withdrawal at or after {@code grantedAt}, or a later grant, is known for the purpose. */
    private static boolean overtaken(Document known, ConsentPurpose purpose, Instant grantedAt) {
        if (known == null) {
            return false;
        }
        Date withdrawn = known.get("withdrawn", new Document()).getDate(purpose.name());
        Document grant = known.get("grants", new Document()).get(purpose.name(), Document.class);
        return withdrawn != null && !withdrawn.toInstant().isBefore(grantedAt)
                || grant != null && grant.getDate("grantedAt").toInstant().isAfter(grantedAt);
    }

    private static Document grant(UUID consentId, Instant grantedAt, Instant expiresAt) {
        return new Document("consentId", consentId.toString())
                .append("grantedAt", Date.from(grantedAt))
                .append("expiresAt", expiresAt == null ? null : Date.from(expiresAt));
    }

    void withdrawn(ConsentWithdrawn withdrawn) {
        String purpose = withdrawn.purpose().name();
        String field = "grants." + purpose;
        stores.of(withdrawn.borough())
                .updateFirst(
                        Query.query(Criteria.where("_id")
                                .is(withdrawn.participantRef().toString())
                                .and(field + ".consentId")
                                .is(withdrawn.consentId().toString())),
                        new Update()
                                .unset(field)
                                .set("ended." + purpose, Date.from(withdrawn.withdrawnAt()))
                                .max("withdrawn." + purpose, Date.from(withdrawn.withdrawnAt())),
                        COLLECTION);
        announce(withdrawn.borough(), withdrawn.participantRef(), withdrawn.purpose(), false);
    }

    void erased(ParticipantErased erased) {
        erase(erased.borough(), erased.participantRef());
    }

    private void erase(Borough borough, ParticipantRef participantRef) {
        change(borough, participantRef, new Update().set("erased", true).unset("grants"));
        announcer.publishEvent(new ConsentChanged(borough, participantRef, null, false, true));
    }

    private void change(Borough borough, ParticipantRef ref, Update update) {
        stores.of(borough).upsert(Query.query(Criteria.where("_id").is(ref.toString())), update, COLLECTION);
    }

    private void announce(Borough borough, ParticipantRef ref, ConsentPurpose purpose, boolean holds) {
        announcer.publishEvent(new ConsentChanged(borough, ref, purpose, holds, false));
    }
}
