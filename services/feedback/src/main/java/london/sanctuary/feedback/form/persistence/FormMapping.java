package london.sanctuary.feedback.form.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.form.Choice;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.FormCode;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.form.FormStatus;
import london.sanctuary.feedback.form.LocalisedText;
import london.sanctuary.feedback.form.PublishForm;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;
import london.sanctuary.feedback.form.messaging.FormEventContracts;

/** Between the aggregate and its stored document; the outbox gets only the newly recorded events. */
final class FormMapping {

    private FormMapping() {}

    static FormDocument toDocument(Form form) {
        FormDocument d = new FormDocument();
        d.id = form.id().toString();
        d.version = form.version();
        d.borough = form.borough().code();
        d.code = form.code().value();
        d.sessionId = form.sessionId().map(UUID::toString).orElse(null);
        d.seriesId = form.seriesId().map(UUID::toString).orElse(null);
        d.title = form.title().byTag();
        d.questions = form.questions().stream().map(FormMapping::question).toList();
        d.status = form.status().name();
        d.createdAt = form.createdAt();
        d.publishedAt = form.publishedAt();
        d.closedAt = form.closedAt();
        d.outbox = FormEventContracts.toOutbox(form.recordedEvents());
        return d;
    }

    static Form toForm(FormDocument d) {
        PublishForm content = new PublishForm(
                Borough.of(d.borough),
                uuid(d.sessionId),
                uuid(d.seriesId),
                LocalisedText.of("title", d.title),
                d.questions.stream().map(FormMapping::question).toList());
        Form.Life life = new Form.Life(
                d.status == null ? FormStatus.OPEN : FormStatus.valueOf(d.status),
                d.createdAt == null ? d.publishedAt : d.createdAt,
                d.publishedAt,
                d.closedAt);
        return Form.restore(new FormId(UUID.fromString(d.id)), new FormCode(d.code), content, life, d.version);
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    private static FormDocument.QuestionDocument question(Question q) {
        return new FormDocument.QuestionDocument(
                q.id(),
                q.type().name(),
                q.required(),
                q.text().byTag(),
                q.choices().stream().map(c -> c.text().byTag()).toList());
    }

    private static Question question(FormDocument.QuestionDocument q) {
        List<Choice> choices = new ArrayList<>();
        List<Map<String, String>> stored = q.choices() == null ? List.of() : q.choices();
        for (int i = 0; i < stored.size(); i++) {
            choices.add(new Choice(String.valueOf(i + 1), LocalisedText.of("choices", stored.get(i))));
        }
        return new Question(
                q.id(), QuestionType.valueOf(q.type()), q.required(), LocalisedText.of("text", q.text()), choices);
    }
}
