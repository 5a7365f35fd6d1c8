package london.sanctuary.consent.participant.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.ParticipantSummary;

/** A page of participants: refs and enrolment times; names and languages only in an officer's search results. */
record ParticipantList(List<Item> items, int limit) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(UUID participantRef, Instant enrolledAt, String name, List<String> preferredLanguages) {

        @Override
        public String toString() {
            return "Item[" + participantRef + ", personal data hidden]";
        }
    }

    static ParticipantList of(List<ParticipantSummary> summaries, int limit) {
        return new ParticipantList(
                summaries.stream()
                        .map(s ->
                                new Item(s.participantRef().value(), s.enrolledAt(), s.name(), s.preferredLanguages()))
                        .toList(),
                limit);
    }
}
