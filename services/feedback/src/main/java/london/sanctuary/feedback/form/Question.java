package london.sanctuary.feedback.form;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * One question: its id within the form ({@code q1}, {@code q2} …), its type, whether it must be answered, its
 * text per language and, for choice questions, its choices (codes {@code 1}, {@code 2} …).
 */
public record Question(String id, QuestionType type, boolean required, LocalisedText text, List<Choice> choices) {

    /** The most characters a written answer may have. */
    public static final int MAX_ANSWER_LENGTH = 5000;

    static final int MAX_CHOICES = 20;

    public Question {
        choices = List.copyOf(choices);
    }

    /** The question at {@code index} (0-based) of a form being written; refusals name {@code questions[index]}. */
    public static Question of(
            int index,
            QuestionType type,
            Boolean required,
            Map<String, String> text,
            List<Map<String, String>> choices) {
        String field = "questions[" + index + "]";
        if (type == null) {
            throw new InvalidValue(
                    field + ".type", "is required: FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE or SCALE_1_5");
        }
        LocalisedText localised = LocalisedText.of(field + ".text", text);
        return new Question(
                "q" + (index + 1), type, Boolean.TRUE.equals(required), localised, choices(field, type, choices));
    }

    private static List<Choice> choices(String field, QuestionType type, List<Map<String, String>> given) {
        List<Map<String, String>> texts = given == null ? List.of() : given;
        if (!type.hasChoices()) {
            if (!texts.isEmpty()) {
                throw new InvalidValue(field + ".choices", "only choice questions have choices");
            }
            return List.of();
        }
        if (texts.size() < 2 || texts.size() > MAX_CHOICES) {
            throw new InvalidValue(field + ".choices", "a choice question needs 2 to " + MAX_CHOICES + " choices");
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            choices.add(
                    new Choice(String.valueOf(i + 1), LocalisedText.of(field + ".choices[" + i + "]", texts.get(i))));
        }
        return choices;
    }

    /**
     * The answer as stored (codes for choices, the digit for a scale, the stripped text), from the values a form
     * or request sent; empty when not answered. Throws {@link InvalidAnswers.Problem} when it does not fit.
     */
    List<String> read(List<String> sent) {
        List<String> values = sent == null
                ? List.of()
                : sent.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .map(String::strip)
                        .toList();
        if (values.isEmpty()) {
            if (required) {
                throw problem(InvalidAnswers.Kind.REQUIRED, "must be answered");
            }
            return List.of();
        }
        switch (type) {
            case FREE_TEXT:
                return freeText(values);
            case SCALE_1_5:
                return scale(values);
            case SINGLE_CHOICE:
                return chosen(values, false);
            default:
                return chosen(values, true);
        }
    }

    private List<String> freeText(List<String> values) {
        if (values.size() != 1) {
            throw problem(InvalidAnswers.Kind.INVALID, "takes one text");
        }
        if (values.get(0).length() > MAX_ANSWER_LENGTH) {
            throw problem(InvalidAnswers.Kind.TOO_LONG, "must be at most " + MAX_ANSWER_LENGTH + " characters");
        }
        return values;
    }

    private List<String> scale(List<String> values) {
        if (values.size() != 1 || !isScalePoint(values.get(0))) {
            throw problem(InvalidAnswers.Kind.INVALID, "takes one whole number from 1 to 5");
        }
        return values;
    }

    /** One of "1" to "5", nothing around it: checked on every public answer, so without compiling a pattern. */
    private static boolean isScalePoint(String value) {
        return value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5';
    }

    private List<String> chosen(List<String> values, boolean many) {
        if (!many && values.size() != 1) {
            throw problem(InvalidAnswers.Kind.INVALID, "takes exactly one choice");
        }
        List<String> codes = List.copyOf(new LinkedHashSet<>(values));
        for (String code : codes) {
            if (choices.stream().noneMatch(c -> c.code().equals(code))) {
                throw problem(InvalidAnswers.Kind.INVALID, "names a choice it does not have");
            }
        }
        return codes;
    }

    private InvalidAnswers.Problem problem(InvalidAnswers.Kind kind, String detail) {
        return new InvalidAnswers.Problem(id, kind, detail);
    }
}
