package london.sanctuary.feedback.form.messaging;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.feedback.FeedbackFormPublished;
import london.sanctuary.feedback.form.FormEvents;
import london.sanctuary.platform.outbox.OutboxEntry;

/** Maps what a form recorded to the borough's feedback topic ({@code FeedbackFormPublished}, key = formId). */
public final class FormEventContracts {

    private FormEventContracts() {}

    public static List<OutboxEntry> toOutbox(List<FormEvents> events) {
        return events.stream().map(FormEventContracts::entry).toList();
    }

    static OutboxEntry entry(FormEvents event) {
        if (event instanceof FormEvents.Published p) {
            Borough borough = p.borough();
            FeedbackFormPublished published = new FeedbackFormPublished(
                    p.formId().value(),
                    borough,
                    p.sessionId(),
                    p.languages().stream().map(Language::tag).toList(),
                    p.questionCount(),
                    p.publishedAt());
            return OutboxEntry.of(published, borough, p.formId().toString(), p.publishedAt());
        }
        throw new IllegalStateException("No contract for " + event.getClass().getSimpleName());
    }
}
