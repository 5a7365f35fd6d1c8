package london.sanctuary.consent.participant.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.ParticipantSummary;

/** A page of participants: refs and enrolment times only. */
record ParticipantList(List<Item> items, int limit) {

    record Item(UUID participantRef, Instant enrolledAt) {}

    static ParticipantList of(List<ParticipantSummary> summaries, int limit) {
        return new ParticipantList(
                summaries.stream()
                        .map(s -> new Item(s.participantRef().value(), s.enrolledAt()))
                        .toList(),
                limit);
    }
}
