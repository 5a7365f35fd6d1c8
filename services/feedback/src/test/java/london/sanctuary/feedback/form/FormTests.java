package london.sanctuary.feedback.form;

import static london.sanctuary.feedback.form.FormFixtures.NEWHAM;
import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.TEN_LANGUAGES;
import static london.sanctuary.feedback.form.FormFixtures.fullAnswers;
import static london.sanctuary.feedback.form.FormFixtures.published;
import static london.sanctuary.feedback.form.FormFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import org.junit.jupiter.api.Test;

class FormTests {

    @Test
    void publishingAFormRecordsItWithItsLanguagesEnglishFirstAndItsQuestionCount() {
        // given / when
        Form form = published();

        // then
        assertThat(form.recordedEvents()).singleElement().isInstanceOfSatisfying(FormEvents.Published.class, p -> {
            assertThat(p.formId()).isEqualTo(form.id());
            assertThat(p.sessionId()).isNull();
            assertThat(p.questionCount()).isEqualTo(4);
            assertThat(p.publishedAt()).isEqualTo(NOW);
            assertThat(p.languages()).first().isEqualTo(Language.of("en"));
            assertThat(p.languages()).extracting(Language::tag).containsExactlyInAnyOrderElementsOf(TEN_LANGUAGES);
        });
        assertThat(form.questions()).extracting(Question::id).containsExactly("q1", "q2", "q3", "q4");
        assertThat(form.sessionId()).isEmpty();
    }

    @Test
    void aFormShowsEachQuestionInTheAskedLanguageAndFallsBackToEnglishOrThePrimaryLanguage() {
        // given
        Form form = published();
        Question q2 = form.question("q2").orElseThrow();

        // then
        assertThat(q2.text().in(Language.of("ar"))).isEqualTo("سؤال: Did you feel welcome?");
        assertThat(q2.text().in(Language.of("ar-SY"))).isEqualTo("سؤال: Did you feel welcome?");
        assertThat(q2.text().in(Language.of("fr"))).isEqualTo("Did you feel welcome?");
        assertThat(q2.choices().get(1).text().in(Language.of("ckb"))).isEqualTo("[ckb] No");
    }

    @Test
    void everyTextNeedsEnglishAndWellFormedLanguageTags() {
        assertThatThrownBy(() -> LocalisedText.of("title", Map.of("ar", "عنوان")))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> LocalisedText.of("title", Map.of("en", "Title", "english!", "x")))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> LocalisedText.of("title", Map.of("en", " ")))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("title.en"));
    }

    @Test
    void choiceQuestionsNeedTwoChoicesAndOtherQuestionsTakeNone() {
        assertThatThrownBy(() -> Question.of(2, QuestionType.SINGLE_CHOICE, true, texts("Q"), List.of(texts("Only"))))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("questions[2].choices"));
        assertThatThrownBy(
                        () -> Question.of(0, QuestionType.SCALE_1_5, true, texts("Q"), List.of(texts("A"), texts("B"))))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("questions[0].choices"));
        assertThatThrownBy(() -> Question.of(1, null, true, texts("Q"), null))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("questions[1].type"));
        assertThatThrownBy(() -> new PublishForm(NEWHAM, null, LocalisedText.of("title", texts("T")), List.of()))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("questions"));
    }

    @Test
    void answersThatFitEveryQuestionAreKeptAsCodesDigitsAndStrippedText() {
        // given
        Map<String, List<String>> sent = new HashMap<>(fullAnswers());
        sent.put("q1", List.of("  More ESOL classes in the evening \n"));
        sent.put("q3", List.of("3", "1", "3"));

        // when
        Answers answers = published().read(sent);

        // then
        assertThat(answers.of("q1")).containsExactly("More ESOL classes in the evening");
        assertThat(answers.of("q2")).containsExactly("1");
        assertThat(answers.of("q3")).containsExactly("3", "1");
        assertThat(answers.of("q4")).containsExactly("4");
    }

    @Test
    void optionalQuestionsMayBeLeftOutAndAreThenAbsent() {
        Answers answers = published().read(Map.of("q1", List.of("Fine"), "q2", List.of("2"), "q4", List.of("")));

        assertThat(answers.byQuestion()).containsOnlyKeys("q1", "q2");
    }

    @Test
    void everyAnswerThatDoesNotFitItsQuestionIsReportedNamingTheQuestion() {
        // given: q1 missing, q2 two choices, q3 an unknown choice, q4 off the scale, and a question the form lacks
        Map<String, List<String>> sent = Map.of(
                "q2", List.of("1", "2"),
                "q3", List.of("9"),
                "q4", List.of("6"),
                "q9", List.of("hello"));

        // when / then
        assertThatThrownBy(() -> published().read(sent)).isInstanceOfSatisfying(InvalidAnswers.class, e -> {
            assertThat(e.problems())
                    .extracting(InvalidAnswers.Problem::field)
                    .containsExactly("answers.q1", "answers.q2", "answers.q3", "answers.q4", "answers.q9");
            assertThat(e.problems())
                    .extracting(InvalidAnswers.Problem::kind)
                    .containsExactly(
                            InvalidAnswers.Kind.REQUIRED,
                            InvalidAnswers.Kind.INVALID,
                            InvalidAnswers.Kind.INVALID,
                            InvalidAnswers.Kind.INVALID,
                            InvalidAnswers.Kind.UNKNOWN_QUESTION);
        });
    }

    @Test
    void aScaleTakesOnlyOneOfTheDigitsOneToFiveWithNothingAroundIt() {
        // given answers to the scale question (q4) that only look like a point on it
        for (String offScale : List.of("0", "6", "33", "1 2", "3.0", "\uFF13", "٣", "+3")) {
            Map<String, List<String>> sent = new HashMap<>(fullAnswers());
            sent.put("q4", List.of(offScale));

            // when / then each is refused, naming the question
            assertThatThrownBy(() -> published().read(sent))
                    .as(offScale)
                    .isInstanceOfSatisfying(
                            InvalidAnswers.class,
                            e -> assertThat(e.problems())
                                    .extracting(InvalidAnswers.Problem::field)
                                    .containsExactly("answers.q4"));
        }
        for (String point : List.of("1", "5", " 3\n")) { // stripped, as every answer is
            Map<String, List<String>> sent = new HashMap<>(fullAnswers());
            sent.put("q4", List.of(point));
            assertThat(published().read(sent).byQuestion()).containsKey("q4");
        }
    }

    @Test
    void aFreeTextAnswerLongerThanFiveThousandCharactersIsTooLong() {
        Map<String, List<String>> sent = new HashMap<>(fullAnswers());
        sent.put("q1", List.of("x".repeat(5001)));

        assertThatThrownBy(() -> published().read(sent))
                .isInstanceOfSatisfying(
                        InvalidAnswers.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .extracting(InvalidAnswers.Problem::kind)
                                .isEqualTo(InvalidAnswers.Kind.TOO_LONG));
    }

    @Test
    void formCodesAreEightCharactersFromAnAlphabetWithoutLookAlikes() {
        for (int i = 0; i < 200; i++) {
            assertThat(FormCode.random().value()).hasSize(8).doesNotContainPattern("[01OIL5S2ZB8]");
        }
        assertThat(FormCode.isCode("7kx9pq3m")).isTrue();
        assertThat(FormCode.isCode("7KX9PQ3O")).isFalse();
        assertThat(FormCode.isCode("../etc")).isFalse();
    }
}
