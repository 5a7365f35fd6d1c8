package london.sanctuary.feedback.response.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.feedback.response.Response;

/**
 * A response as officers see it: {@code participantRef} only while linked; {@code answeredOn} the day it counts for;
 * {@code translations} by question, each marked {@code "translation": true}.
 */
record ResponseView(
        UUID responseId,
        UUID formId,
        String language,
        CaptureMethod captureMethod,
        Instant submittedAt,
        LocalDate answeredOn,
        boolean linked,
        UUID participantRef,
        Map<String, List<String>> answers,
        List<String> themes,
        Map<String, TranslationView> translations) {

    /** A staff translation, never the person's own words. */
    record TranslationView(String language, String text, boolean translation, Instant translatedAt) {}

    static ResponseView of(Response r) {
        return new ResponseView(
                r.id().value(),
                r.formId().value(),
                r.language().tag(),
                r.captureMethod(),
                r.submittedAt(),
                r.answeredOn(),
                r.participantRef().isPresent(),
                r.participantRef().map(ParticipantRef::value).orElse(null),
                r.answers().byQuestion(),
                r.themes(),
                translations(r));
    }

    private static Map<String, TranslationView> translations(Response r) {
        Map<String, TranslationView> views = new LinkedHashMap<>();
        r.translations()
                .forEach((question, t) ->
                        views.put(question, new TranslationView(t.language().tag(), t.text(), true, t.translatedAt())));
        return views;
    }
}
