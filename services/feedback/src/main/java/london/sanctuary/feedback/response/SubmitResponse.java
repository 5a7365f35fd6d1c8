package london.sanctuary.feedback.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Submit a response in {@code language}, captured by {@code captureMethod}; {@code participantRef} only when
 * the participant asked for their answers to be linked to them (null otherwise, the default). {@code capturedOn}
 * is the day a paper or interpreter-assisted answer was given (null: today), the day it counts for.
 */
public record SubmitResponse(
        Language language,
        CaptureMethod captureMethod,
        ParticipantRef participantRef,
        Map<String, List<String>> answers,
        LocalDate capturedOn) {

    public SubmitResponse {
        if (language == null) {
            throw new InvalidValue("language", "is required");
        }
        if (captureMethod == null) {
            throw new InvalidValue("captureMethod", "is required: ONLINE, PAPER, INTERPRETER_ASSISTED or STAFF_TABLET");
        }
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        if (capturedOn != null
                && captureMethod != CaptureMethod.PAPER
                && captureMethod != CaptureMethod.INTERPRETER_ASSISTED) {
            throw new InvalidValue(
                    "capturedOn", "is only for PAPER and INTERPRETER_ASSISTED answers, given on an earlier day");
        }
    }

    public SubmitResponse(
            Language language,
            CaptureMethod captureMethod,
            ParticipantRef participantRef,
            Map<String, List<String>> answers) {
        this(language, captureMethod, participantRef, answers, null);
    }

    /** What the participant's page sends: online, in the page's language, never linked. */
    public static SubmitResponse online(Language language, Map<String, List<String>> answers) {
        return new SubmitResponse(language, CaptureMethod.ONLINE, null, answers);
    }
}
