package london.sanctuary.feedback.response.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.facts.FeedbackSubmittedFact;
import london.sanctuary.contracts.facts.FeedbackThemedFact;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.feedback.response.ResponseEvents;
import london.sanctuary.platform.outbox.OutboxEntry;

/**
 * Maps what a response recorded to the borough's feedback topic (key = responseId; participantRef only while
 * linked) and to anonymised facts for the GLA (borough, language, capture method, theme and day — no refs, no
 * answers). A submission counts for the day it was answered (a paper sheet's captured-on day). Unlinking and
 * translating are internal and publish nothing: a translation is the person's words again.
 */
public final class ResponseEventContracts {

    private ResponseEventContracts() {}

    public static List<OutboxEntry> toOutbox(List<ResponseEvents> events) {
        return events.stream().flatMap(e -> entries(e).stream()).toList();
    }

    static List<OutboxEntry> entries(ResponseEvents event) {
        if (event instanceof ResponseEvents.Submitted s) {
            return submitted(s);
        }
        if (event instanceof ResponseEvents.Themed t) {
            return themed(t);
        }
        if (event instanceof ResponseEvents.Unlinked || event instanceof ResponseEvents.Translated) {
            return List.of();
        }
        throw new IllegalStateException("No contract for " + event.getClass().getSimpleName());
    }

    private static List<OutboxEntry> submitted(ResponseEvents.Submitted s) {
        Borough borough = s.borough();
        FeedbackSubmitted submitted = new FeedbackSubmitted(
                s.responseId().value(),
                s.formId().value(),
                borough,
                s.linkedTo().orElse(null),
                s.language().tag(),
                s.captureMethod(),
                s.submittedAt());
        FeedbackSubmittedFact fact =
                new FeedbackSubmittedFact(borough.code(), s.language().tag(), s.captureMethod(), s.answeredOn());
        return List.of(
                OutboxEntry.of(submitted, borough, s.responseId().toString(), s.submittedAt()),
                OutboxEntry.fact(fact, borough, s.submittedAt()));
    }

    private static List<OutboxEntry> themed(ResponseEvents.Themed t) {
        Borough borough = t.borough();
        ParticipantRef ref = t.linkedTo().orElse(null);
        List<OutboxEntry> entries = new ArrayList<>();
        entries.add(OutboxEntry.of(
                new FeedbackThemed(t.responseId().value(), t.formId().value(), borough, ref, t.themes(), t.themedAt()),
                borough,
                t.responseId().toString(),
                t.themedAt()));
        t.themes()
                .forEach(theme -> entries.add(OutboxEntry.fact(
                        new FeedbackThemedFact(borough.code(), theme, day(t.themedAt())), borough, t.themedAt())));
        return entries;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Response.LONDON);
    }
}
