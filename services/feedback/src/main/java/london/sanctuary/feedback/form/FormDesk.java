package london.sanctuary.feedback.form;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.NotFound;

/**
 * Runs a form's life for staff (draft, publish, revise, close, reopen) and finds forms: for staff by id, for
 * participants by public code (never a draft: its code is not public yet).
 */
public class FormDesk {

    private static final int CODE_ATTEMPTS = 5;
    private final Forms forms;
    private final Answered answered;
    private final Clock clock;

    public FormDesk(Forms forms, Answered answered, Clock clock) {
        this.forms = forms;
        this.answered = answered;
        this.clock = clock;
    }

    public Form publish(PublishForm command) {
        return stored(Form.publish(command, freshCode(), clock));
    }

    public Form draft(PublishForm command) {
        return stored(Form.draft(command, freshCode(), clock));
    }

    public Form revise(FormId id, PublishForm content, Long expected) {
        return change(
                content.borough(), id, expected, form -> form.revise(content, answered.any(form.borough(), id), clock));
    }

    public Form publish(Borough borough, FormId id, Long expected) {
        return change(borough, id, expected, form -> form.publish(clock));
    }

    public Form close(Borough borough, FormId id, Long expected) {
        return change(borough, id, expected, form -> form.close(clock));
    }

    public Form reopen(Borough borough, FormId id, Long expected) {
        return change(borough, id, expected, form -> form.reopen(clock));
    }

    public Form find(Borough borough, FormId id) {
        return forms.find(borough, id).orElseThrow(() -> new NotFound("Form"));
    }

    public Form findByCode(String code) {
        if (!FormCode.isCode(code)) {
            throw new NotFound("Form");
        }
        return forms.findByCode(new FormCode(code.toUpperCase(Locale.ROOT)))
                .filter(form -> !form.isDraft())
                .orElseThrow(() -> new NotFound("Form"));
    }

    public List<Form> list(Borough borough) {
        return forms.list(borough);
    }

    private Form change(Borough borough, FormId id, Long expected, Consumer<Form> change) {
        Form form = find(borough, id);
        form.expectVersion(expected);
        change.accept(form);
        return form.recordedEvents().isEmpty() && !form.isDraft() ? form : stored(form);
    }

    private Form stored(Form form) {
        forms.save(form);
        return find(form.borough(), form.id());
    }

    private FormCode freshCode() {
        for (int i = 0; i < CODE_ATTEMPTS; i++) {
            FormCode code = FormCode.random();
            if (forms.findByCode(code).isEmpty()) {
                return code;
            }
        }
        throw new IllegalStateException("No free form code after " + CODE_ATTEMPTS + " attempts");
    }
}
