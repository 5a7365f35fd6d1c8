package london.sanctuary.consent.safeguarding.persistence;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.consent.safeguarding.ActingStaff;
import london.sanctuary.consent.safeguarding.Concern;
import london.sanctuary.consent.safeguarding.ConcernId;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import org.springframework.data.annotation.Id;

/** A concern as stored in {@code concerns}: the texts are base64 ciphertexts under the person's data key. */
class ConcernDocument {

    @Id
    String id;

    String participantRef;
    String borough;
    boolean open;
    String summary;
    String raisedBy;
    String raisedByName;
    Instant raisedAt;
    String actionTaken;
    String closedBy;
    String closedByName;
    Instant closedAt;

    static ConcernDocument of(Concern concern) {
        ConcernDocument d = new ConcernDocument();
        d.id = concern.id().toString();
        d.participantRef = concern.participantRef().toString();
        d.borough = concern.borough().code();
        d.open = !concern.isClosed();
        d.summary = concern.sealedSummary();
        d.raisedBy = concern.raisedBy().subject();
        d.raisedByName = concern.raisedBy().name();
        d.raisedAt = concern.raisedAt();
        concern.closure().ifPresent(c -> {
            d.actionTaken = c.sealedActionTaken();
            d.closedBy = c.closedBy().subject();
            d.closedByName = c.closedBy().name();
            d.closedAt = c.closedAt();
        });
        return d;
    }

    Concern toConcern() {
        Concern.Closure closure = closedAt == null
                ? null
                : new Concern.Closure(actionTaken, new ActingStaff(closedBy, closedByName), closedAt);
        return Concern.restore(
                new ConcernId(UUID.fromString(id)),
                ParticipantRef.of(participantRef),
                Borough.of(borough),
                summary,
                new ActingStaff(raisedBy, raisedByName),
                raisedAt,
                closure);
    }
}
