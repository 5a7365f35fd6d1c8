package london.sanctuary.consent.safeguarding.web;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.consent.safeguarding.ActingStaff;
import london.sanctuary.consent.safeguarding.Concern;
import london.sanctuary.consent.safeguarding.ReadConcern;

/** What the API answers about a concern: everything for the safeguarding lead, that it exists for an officer. */
final class ConcernViews {

    private ConcernViews() {}

    /** For the safeguarding lead: the texts, who and when. */
    record ConcernView(
            UUID concernId,
            UUID participantRef,
            String state,
            String summary,
            Staff raisedBy,
            Instant raisedAt,
            String actionTaken,
            Staff closedBy,
            Instant closedAt) {

        static ConcernView of(ReadConcern read) {
            Concern c = read.concern();
            var closure = c.closure();
            return new ConcernView(
                    c.id().value(),
                    c.participantRef().value(),
                    stateOf(c),
                    read.summary(),
                    Staff.of(c.raisedBy()),
                    c.raisedAt(),
                    read.actionTaken(),
                    closure.map(x -> Staff.of(x.closedBy())).orElse(null),
                    closure.map(Concern.Closure::closedAt).orElse(null));
        }

        @Override
        public String toString() {
            return "ConcernView[" + concernId + ", texts hidden]";
        }
    }

    /** For an officer who is not the safeguarding lead: that a concern is open or closed, and since when. */
    record ConcernNotice(UUID concernId, UUID participantRef, String state, Instant raisedAt, Instant closedAt) {

        static ConcernNotice of(Concern c) {
            return new ConcernNotice(
                    c.id().value(),
                    c.participantRef().value(),
                    stateOf(c),
                    c.raisedAt(),
                    c.closure().map(Concern.Closure::closedAt).orElse(null));
        }
    }

    /** Who acted: subject and display name. */
    record Staff(String subject, String name) {
        static Staff of(ActingStaff staff) {
            return new Staff(staff.subject(), staff.name());
        }
    }

    private static String stateOf(Concern c) {
        return c.isClosed() ? "closed" : "open";
    }
}
