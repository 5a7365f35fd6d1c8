package london.sanctuary.feedback.response;

import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Submit a response in {@code language}, captured by {@code captureMethod}; {@code participantRef} only when
 * the participant asked for their answers to be linked to them (null otherwise, the default).
 */
public record SubmitResponse(
        Language language,
        CaptureMethod captureMethod,
        ParticipantRef participantRef,
        Map<String, List<String>> answers) {

    public SubmitResponse {
        if (language == null) {
            throw new InvalidValue("language", "is required");
        }
        if (captureMethod == null) {
            throw new InvalidValue("captureMethod", "is required: ONLINE, PAPER, INTERPRETER_ASSISTED or STAFF_TABLET");
        }
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /** What the participant's page sends: online, in the page's language, never linked. */
    public static SubmitResponse online(Language language, Map<String, List<String>> answers) {
        return new SubmitResponse(language, CaptureMethod.ONLINE, null, answers);
    }
}
