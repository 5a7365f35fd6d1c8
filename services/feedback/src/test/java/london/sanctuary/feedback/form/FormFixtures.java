package london.sanctuary.feedback.form;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Borough;

/** Forms to test with: a standing form of four questions, one of each type, in the ten languages people need. */
public final class FormFixtures {

    public static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    public static final Borough NEWHAM = Borough.of("newham");
    public static final List<String> TEN_LANGUAGES =
            List.of("en", "ar", "fa", "prs", "ps", "ckb", "ti", "so", "ur", "uk");

    private FormFixtures() {}

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** The form of {@link #publishCommand}, published. */
    public static Form published() {
        return Form.publish(publishCommand(NEWHAM), new FormCode("7KX9PQ3M"), clockAt(NOW));
    }

    /** q1 free text (required), q2 single choice of two (required), q3 multiple choice of three, q4 scale. */
    public static PublishForm publishCommand(Borough borough) {
        return new PublishForm(
                borough,
                null,
                LocalisedText.of("title", texts("Tell us about the open house")),
                List.of(
                        Question.of(0, QuestionType.FREE_TEXT, true, texts("What should we change?"), null),
                        Question.of(
                                1,
                                QuestionType.SINGLE_CHOICE,
                                true,
                                texts("Did you feel welcome?"),
                                List.of(texts("Yes"), texts("No"))),
                        Question.of(
                                2,
                                QuestionType.MULTIPLE_CHOICE,
                                false,
                                texts("What did you use?"),
                                List.of(texts("Food"), texts("ESOL class"), texts("Legal advice"))),
                        Question.of(3, QuestionType.SCALE_1_5, false, texts("How was the day?"), null)));
    }

    /**
     * The same text in all ten languages: English as given, the others as "[tag] text" — except Arabic and Dari,
     * which carry real script so right-to-left pages show something real.
     */
    public static Map<String, String> texts(String english) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String tag : TEN_LANGUAGES) {
            texts.put(tag, tag.equals("en") ? english : "[" + tag + "] " + english);
        }
        texts.put("ar", "سؤال: " + english);
        texts.put("prs", "پرسش: " + english);
        return texts;
    }

    /** Answers to every question of {@link #published()}. */
    public static Map<String, List<String>> fullAnswers() {
        return Map.of(
                "q1", List.of("More ESOL classes in the evening"),
                "q2", List.of("1"),
                "q3", List.of("1", "3"),
                "q4", List.of("4"));
    }
}
