package london.sanctuary.referrals.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.referrals.outgoing.LinkedAnswers;

/**
 * The feedback service's {@code GET /api/boroughs/{borough}/participants/{ref}/linked-answers}, answered only while
 * LINK_FEEDBACK holds there; 404 or 410 is "no answers may move". Nothing of the answer is kept but what goes into
 * the sealed package.
 */
public final class FeedbackLinkedAnswers implements LinkedAnswers {

    public static final String PATH = "/api/boroughs/{borough}/participants/{ref}/linked-answers";

    private final BoroughServiceClient feedback;

    public FeedbackLinkedAnswers(BoroughServiceClient feedback) {
        this.feedback = feedback;
    }

    @Override
    public Optional<List<Answered>> find(Borough borough, ParticipantRef participantRef) {
        try {
            return feedback.get(
                    borough,
                    PATH,
                    (status, response) -> {
                        if (status == 404 || status == 410) {
                            return Optional.<List<Answered>>empty();
                        }
                        ServiceCalls.raiseFor(status, "feedback");
                        return Optional.ofNullable(response.bodyTo(LinkedAnswersAnswer.class))
                                .map(LinkedAnswersAnswer::answered);
                    },
                    borough.code(),
                    participantRef);
        } catch (ServiceCalls.Unavailable | ServiceCalls.Refused e) {
            throw new FeedbackUnavailable(
                    "The feedback service cannot give the linked feedback this package must carry (" + e.getMessage()
                            + ")");
        }
    }

    /** What feedback answers; never logged. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LinkedAnswersAnswer(ParticipantRef participantRef, List<Entry> responses) {

        List<Answered> answered() {
            return responses == null
                    ? List.of()
                    : responses.stream()
                            .map(r -> new Answered(
                                    r.responseId(), r.sessionId(), r.answeredOn(), ContractJson.write(r.answers())))
                            .toList();
        }

        @Override
        public String toString() {
            return "LinkedAnswersAnswer[answers hidden]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(UUID responseId, UUID formId, UUID sessionId, LocalDate answeredOn, Map<String, Object> answers) {

        Entry {
            answers = answers == null ? Map.of() : answers;
        }

        @Override
        public String toString() {
            return "Entry[" + responseId + ", answers hidden]";
        }
    }
}
