package london.sanctuary.consent.participant.web;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.consent.participant.Participant;

/** What an enrolment answers: the new ref, nothing personal. */
record EnrolmentResponse(UUID participantRef, String borough, Instant enrolledAt) {

    static EnrolmentResponse of(Participant p) {
        return new EnrolmentResponse(p.ref().value(), p.borough().code(), p.enrolledAt());
    }
}
