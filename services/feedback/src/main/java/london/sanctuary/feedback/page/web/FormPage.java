package london.sanctuary.feedback.page.web;

import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Choice;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.InvalidAnswers;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.page.Autonyms;

/**
 * What the form's template shows: the texts in the chosen language, the language picker, and — after an invalid
 * submission — what was sent and each question's problem (as a message key the bundles translate).
 */
record FormPage(
        String code,
        String lang,
        String dir,
        String title,
        List<LanguageLink> languages,
        List<QuestionView> questions,
        List<QuestionView> errors) {

    /** One entry of the language picker. */
    record LanguageLink(String tag, String autonym, String dir, boolean current) {}

    /** One question; {@code error} is a message key, or null. */
    record QuestionView(
            String id,
            String type,
            boolean required,
            String text,
            List<ChoiceView> choices,
            List<String> values,
            String error) {

        /** Checkboxes for multiple choice, radios for single choice and the scale. */
        public String kind() {
            return type.equals("MULTIPLE_CHOICE") ? "checkboxes" : "radios";
        }

        public String inputType() {
            return type.equals("MULTIPLE_CHOICE") ? "checkbox" : "radio";
        }

        // GOV.UK class names have "__", which Thymeleaf reads as preprocessing inside expressions
        public String itemClass() {
            return "govuk-" + kind() + "__item";
        }

        public String inputClass() {
            return "govuk-" + kind() + "__input";
        }

        public String labelClass() {
            return "govuk-label govuk-" + kind() + "__label";
        }

        /** The hint and error the input or fieldset is described by, or null. */
        public String describedBy() {
            java.util.List<String> ids = new java.util.ArrayList<>();
            if (type.equals("SCALE_1_5") || type.equals("MULTIPLE_CHOICE")) {
                ids.add(id + "-hint");
            }
            if (error != null) {
                ids.add(id + "-error");
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }
    }

    /** One choice. */
    record ChoiceView(String code, String text) {}

    static FormPage of(
            Form form, Language language, Map<String, List<String>> sent, List<InvalidAnswers.Problem> problems) {
        List<QuestionView> questions = form.questions().stream()
                .map(q -> question(q, language, sent.getOrDefault(q.id(), List.of()), problemOf(q, problems)))
                .toList();
        return new FormPage(
                form.code().value(),
                language.tag(),
                direction(language),
                form.title().in(language),
                form.languages().stream()
                        .map(l -> new LanguageLink(l.tag(), Autonyms.of(l), direction(l), l.equals(language)))
                        .toList(),
                questions,
                questions.stream().filter(q -> q.error() != null).toList());
    }

    static String direction(Language language) {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    private static QuestionView question(Question q, Language language, List<String> values, String error) {
        List<ChoiceView> choices = q.choices().stream()
                .map((Choice c) -> new ChoiceView(c.code(), c.text().in(language)))
                .toList();
        if (q.type().name().equals("SCALE_1_5")) {
            choices = List.of("1", "2", "3", "4", "5").stream()
                    .map(p -> new ChoiceView(p, p))
                    .toList();
        }
        return new QuestionView(q.id(), q.type().name(), q.required(), q.text().in(language), choices, values, error);
    }

    private static String problemOf(Question q, List<InvalidAnswers.Problem> problems) {
        return problems.stream()
                .filter(p -> p.questionId().equals(q.id()))
                .map(p -> p.kind() == InvalidAnswers.Kind.REQUIRED
                        ? "error.required"
                        : p.kind() == InvalidAnswers.Kind.TOO_LONG ? "error.tooLong" : "error.invalid")
                .findFirst()
                .orElse(null);
    }
}
