package london.sanctuary.feedback;

import static london.sanctuary.feedback.form.FormFixtures.texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.ContractJson;

/** Request bodies of the staff API, as JSON. */
final class FeedbackRequests {

    private FeedbackRequests() {}

    /** A standing form in the ten languages: q1 free text (required), q2 yes/no (required), q3 multiple, q4 scale. */
    static String form() {
        return json(Map.of(
                "title", texts("Tell us about the open house"),
                "questions",
                        List.of(
                                Map.of("type", "FREE_TEXT", "required", true, "text", texts("What should we change?")),
                                Map.of(
                                        "type",
                                        "SINGLE_CHOICE",
                                        "required",
                                        true,
                                        "text",
                                        texts("Did you feel welcome?"),
                                        "choices",
                                        List.of(texts("Yes"), texts("No"))),
                                Map.of(
                                        "type",
                                        "MULTIPLE_CHOICE",
                                        "text",
                                        texts("What did you use?"),
                                        "choices",
                                        List.of(texts("Food"), texts("ESOL class"), texts("Legal advice"))),
                                Map.of("type", "SCALE_1_5", "text", texts("How was the day?")))));
    }

    /** Staff capture on paper with every question answered; linked when {@code participantRef} is not null. */
    static String capture(UUID participantRef, String freeText) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("language", "prs");
        body.put("captureMethod", "INTERPRETER_ASSISTED");
        if (participantRef != null) {
            body.put("participantRef", participantRef.toString());
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("q1", freeText);
        answers.put("q2", "1");
        answers.put("q3", List.of("1", "3"));
        answers.put("q4", 4);
        body.put("answers", answers);
        return json(body);
    }

    static String themes(String... codes) {
        return json(Map.of("themes", List.of(codes)));
    }

    static String json(Object value) {
        return ContractJson.mapper().writeValueAsString(value);
    }
}
