package london.sanctuary.feedback.page.web;

import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.Choice;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.InvalidAnswers;
import london.sanctuary.feedback.form.LocalisedText;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.page.Numerals;
import london.sanctuary.platform.pages.LanguageChoice;

/**
 * What the form's template shows: the texts in the chosen language, the language picker, and — after an invalid
 * submission — what was sent and each question's problem (as a message key the bundles translate). A text shown
 * in another language than the page's (a question without a translation, or the pages' wording in a language it
 * is not written in) carries a {@link Mark} with its own {@code lang} and {@code dir}.
 */
record FormPage(
        String code,
        String lang,
        String dir,
        String title,
        Mark titleMark,
        Mark wording,
        List<LanguageLink> languages,
        List<QuestionView> questions,
        List<QuestionView> errors) {

    /**
     * The {@code lang} and {@code dir} of an element whose text is not in the page's language; both null (so the
     * template writes neither) when it is.
     */
    record Mark(String lang, String dir) {

        static final Mark NONE = new Mark(null, null);

        static Mark of(Language text, Language page) {
            return text.equals(page) ? NONE : new Mark(text.tag(), direction(text));
        }
    }

    /** {@code number} as the pages' wording writes it (the scale's hint: ۱ … ۵ in Farsi). */
    public String number(long number) {
        return Numerals.of(number, Language.of(wording.lang() == null ? lang : wording.lang()));
    }

    /** One entry of the language picker. */
    record LanguageLink(String tag, String autonym, String dir, boolean current) {}

    /** One question; {@code error} is a message key, or null. */
    record QuestionView(
            String id,
            String type,
            boolean required,
            String text,
            Mark mark,
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
    record ChoiceView(String code, String text, Mark mark) {}

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
                Mark.of(form.title().languageOf(language), language),
                LanguageChoice.isWorded(language) ? Mark.NONE : Mark.of(LocalisedText.ENGLISH, language),
                form.languages().stream()
                        .map(l -> new LanguageLink(l.tag(), l.autonym(), direction(l), l.equals(language)))
                        .toList(),
                questions,
                questions.stream().filter(q -> q.error() != null).toList());
    }

    static String direction(Language language) {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    private static QuestionView question(Question q, Language language, List<String> values, String error) {
        List<ChoiceView> choices = q.choices().stream()
                .map((Choice c) -> new ChoiceView(
                        c.code(), c.text().in(language), Mark.of(c.text().languageOf(language), language)))
                .toList();
        if (q.type().name().equals("SCALE_1_5")) {
            // the value sent stays 1 … 5; the label is the number as the language writes it
            choices = List.of(1, 2, 3, 4, 5).stream()
                    .map(p -> new ChoiceView(String.valueOf(p), Numerals.of(p, language), Mark.NONE))
                    .toList();
        }
        return new QuestionView(
                q.id(),
                q.type().name(),
                q.required(),
                q.text().in(language),
                Mark.of(q.text().languageOf(language), language),
                choices,
                values,
                error);
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
