package london.sanctuary.consent.participant.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import london.sanctuary.consent.participant.Participant;

/** What an enrolment answers: the new ref, nothing personal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EnrolmentResponse(UUID participantRef, String borough, Instant enrolledAt, String transferredFrom) {

    static EnrolmentResponse of(Participant p) {
        return new EnrolmentResponse(
                p.ref().value(),
                p.borough().code(),
                p.enrolledAt(),
                p.transferredFrom()
                        .map(london.sanctuary.contracts.Borough::code)
                        .orElse(null));
    }
}
