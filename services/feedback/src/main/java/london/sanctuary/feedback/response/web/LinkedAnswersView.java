package london.sanctuary.feedback.response.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.response.LinkedAnswer;

/** {@code {"participantRef", "responses": [{"responseId", "formId", "sessionId"?, "answeredOn", "answers"}]}}. */
record LinkedAnswersView(UUID participantRef, List<Entry> responses) {

    static LinkedAnswersView of(ParticipantRef participant, List<LinkedAnswer> answers) {
        return new LinkedAnswersView(
                participant.value(), answers.stream().map(Entry::of).toList());
    }

    @Override
    public String toString() {
        return "LinkedAnswersView[" + responses.size() + " response(s), answers hidden]";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(UUID responseId, UUID formId, UUID sessionId, LocalDate answeredOn, Map<String, Object> answers) {

        static Entry of(LinkedAnswer a) {
            return new Entry(
                    a.responseId().value(),
                    a.formId().value(),
                    a.sessionId().orElse(null),
                    a.answeredOn(),
                    a.answers());
        }

        @Override
        public String toString() {
            return "Entry[" + responseId + ", answers hidden]";
        }
    }
}
