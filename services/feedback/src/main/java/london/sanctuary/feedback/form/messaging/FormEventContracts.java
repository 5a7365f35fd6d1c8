package london.sanctuary.feedback.form.messaging;

import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.feedback.FeedbackFormClosed;
import london.sanctuary.contracts.feedback.FeedbackFormPublished;
import london.sanctuary.contracts.feedback.FeedbackFormReopened;
import london.sanctuary.contracts.feedback.FeedbackFormRevised;
import london.sanctuary.feedback.form.FormEvents;
import london.sanctuary.platform.outbox.OutboxEntry;

/**
 * Maps what a form recorded to the borough's feedback topic (key = formId): {@code FeedbackFormPublished},
 * {@code FeedbackFormRevised}, {@code FeedbackFormClosed}, {@code FeedbackFormReopened}. No text of the form.
 */
public final class FormEventContracts {

    private FormEventContracts() {}

    public static List<OutboxEntry> toOutbox(List<FormEvents> events) {
        return events.stream().map(FormEventContracts::entry).toList();
    }

    static OutboxEntry entry(FormEvents event) {
        if (event instanceof FormEvents.Published p) {
            return entry(
                    event,
                    new FeedbackFormPublished(
                            p.formId().value(),
                            p.borough(),
                            p.sessionId(),
                            p.seriesId(),
                            tags(p.languages()),
                            p.questionCount(),
                            p.publishedAt()),
                    p.publishedAt());
        }
        if (event instanceof FormEvents.Revised r) {
            return entry(
                    event,
                    new FeedbackFormRevised(
                            r.formId().value(),
                            r.borough(),
                            r.sessionId(),
                            r.seriesId(),
                            tags(r.languages()),
                            r.questionCount(),
                            r.revisedAt()),
                    r.revisedAt());
        }
        if (event instanceof FormEvents.Closed c) {
            return entry(event, new FeedbackFormClosed(c.formId().value(), c.borough(), c.closedAt()), c.closedAt());
        }
        FormEvents.Reopened o = (FormEvents.Reopened) event;
        return entry(event, new FeedbackFormReopened(o.formId().value(), o.borough(), o.reopenedAt()), o.reopenedAt());
    }

    private static OutboxEntry entry(FormEvents event, Contract contract, Instant at) {
        return OutboxEntry.of(contract, event.borough(), event.formId().toString(), at);
    }

    private static List<String> tags(List<Language> languages) {
        return languages.stream().map(Language::tag).toList();
    }
}
