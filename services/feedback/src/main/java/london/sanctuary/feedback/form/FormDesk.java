package london.sanctuary.feedback.form;

import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.NotFound;

/** Publishes forms and finds them, for staff by id and for participants by public code. */
public class FormDesk {

    private static final int CODE_ATTEMPTS = 5;
    private final Forms forms;
    private final Clock clock;

    public FormDesk(Forms forms, Clock clock) {
        this.forms = forms;
        this.clock = clock;
    }

    public Form publish(PublishForm command) {
        Form form = Form.publish(command, freshCode(), clock);
        forms.save(form);
        return forms.find(form.borough(), form.id()).orElseThrow();
    }

    public Form find(Borough borough, FormId id) {
        return forms.find(borough, id).orElseThrow(() -> new NotFound("Form"));
    }

    public Form findByCode(String code) {
        if (!FormCode.isCode(code)) {
            throw new NotFound("Form");
        }
        return forms.findByCode(new FormCode(code.toUpperCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> new NotFound("Form"));
    }

    public List<Form> list(Borough borough) {
        return forms.list(borough);
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
