package london.sanctuary.feedback.response.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.response.Response;

/** A response as officers see it; {@code participantRef} only while linked. */
record ResponseView(
        UUID responseId,
        UUID formId,
        String language,
        CaptureMethod captureMethod,
        Instant submittedAt,
        boolean linked,
        UUID participantRef,
        Map<String, List<String>> answers,
        List<String> themes) {

    static ResponseView of(Response r) {
        return new ResponseView(
                r.id().value(),
                r.formId().value(),
                r.language().tag(),
                r.captureMethod(),
                r.submittedAt(),
                r.participantRef().isPresent(),
                r.participantRef().map(ParticipantRef::value).orElse(null),
                r.answers().byQuestion(),
                r.themes());
    }
}
