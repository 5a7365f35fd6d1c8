package london.sanctuary.feedback.form;

import static london.sanctuary.feedback.form.FormFixtures.NEWHAM;
import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.clockAt;
import static london.sanctuary.feedback.form.FormFixtures.fullAnswers;
import static london.sanctuary.feedback.form.FormFixtures.publishCommand;
import static london.sanctuary.feedback.form.FormFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;
import org.junit.jupiter.api.Test;

class FormLifeTests {

    private static final Clock LATER = clockAt(NOW.plusSeconds(3600));
    private static final FormCode CODE = new FormCode("7KX9PQ3M");

    @Test
    void aDraftRecordsNothingAndTakesNoAnswersUntilPublished() {
        // given
        Form draft = Form.draft(publishCommand(NEWHAM), CODE, clockAt(NOW));

        // then
        assertThat(draft.status()).isEqualTo(FormStatus.DRAFT);
        assertThat(draft.publishedAt()).isNull();
        assertThat(draft.recordedEvents()).isEmpty();
        assertThatThrownBy(() -> draft.read(fullAnswers()))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("formId"));

        // when
        draft.publish(LATER);

        // then
        assertThat(draft.status()).isEqualTo(FormStatus.OPEN);
        assertThat(draft.publishedAt()).isEqualTo(LATER.instant());
        assertThat(draft.recordedEvents()).singleElement().isInstanceOf(FormEvents.Published.class);
        assertThat(draft.read(fullAnswers()).of("q1")).containsExactly("More ESOL classes in the evening");
    }

    @Test
    void closingAndReopeningRecordEachChangeOnceAndRefuseADraft() {
        // given
        Form form = Form.publish(publishCommand(NEWHAM), CODE, clockAt(NOW));

        // when
        form.close(LATER);
        form.close(LATER);
        form.reopen(LATER);
        form.reopen(LATER);

        // then
        assertThat(form.recordedEvents())
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Published", "Closed", "Reopened");
        assertThat(form.status()).isEqualTo(FormStatus.OPEN);
        Form draft = Form.draft(publishCommand(NEWHAM), CODE, clockAt(NOW));
        assertThatThrownBy(() -> draft.close(LATER))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("status"));
        form.close(LATER);
        assertThatThrownBy(() -> form.publish(LATER))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void anAnsweredFormKeepsItsQuestionsTypesAndChoicesButMayBeRewordedAndGrow() {
        // given
        Form form = Form.publish(publishCommand(NEWHAM), CODE, clockAt(NOW));
        List<Question> questions = new ArrayList<>(form.questions());

        // when a question is removed, retyped or loses a choice
        PublishForm fewer = content(questions.subList(0, 3));
        List<Question> retyped = new ArrayList<>(questions);
        retyped.set(3, Question.of(3, QuestionType.FREE_TEXT, false, texts("How was the day?"), null));
        List<Question> lessChoice = new ArrayList<>(questions);
        lessChoice.set(
                2,
                Question.of(2, QuestionType.MULTIPLE_CHOICE, false, texts("Used?"), List.of(texts("A"), texts("B"))));

        // then
        assertThatThrownBy(() -> form.revise(fewer, true, LATER))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("questions"));
        assertThatThrownBy(() -> form.revise(content(retyped), true, LATER))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("questions[3].type"));
        assertThatThrownBy(() -> form.revise(content(lessChoice), true, LATER))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("questions[2].choices"));

        // when reworded with one more question
        List<Question> grown = new ArrayList<>(questions);
        grown.set(0, Question.of(0, QuestionType.FREE_TEXT, true, texts("What would you change?"), null));
        grown.add(Question.of(4, QuestionType.SCALE_1_5, false, texts("How was the food?"), null));
        form.revise(content(grown), true, LATER);

        // then
        assertThat(form.questions()).hasSize(5);
        assertThat(form.question("q1").orElseThrow().text().english()).isEqualTo("What would you change?");
        assertThat(form.recordedEvents()).last().isInstanceOfSatisfying(FormEvents.Revised.class, r -> {
            assertThat(r.questionCount()).isEqualTo(5);
            assertThat(r.revisedAt()).isEqualTo(LATER.instant());
        });
    }

    @Test
    void aFormWithoutAnswersMayLoseAndRetypeQuestionsAndADraftRecordsNoRevision() {
        // given
        Form draft = Form.draft(publishCommand(NEWHAM), CODE, clockAt(NOW));

        // when
        draft.revise(content(List.of(Question.of(0, QuestionType.SCALE_1_5, true, texts("How?"), null))), false, LATER);

        // then
        assertThat(draft.questions())
                .singleElement()
                .satisfies(q -> assertThat(q.type()).isEqualTo(QuestionType.SCALE_1_5));
        assertThat(draft.recordedEvents()).isEmpty();
    }

    @Test
    void aFormIsForOneSessionOrOneSeriesNotBoth() {
        PublishForm template = publishCommand(NEWHAM);
        assertThatThrownBy(() -> new PublishForm(
                        NEWHAM, UUID.randomUUID(), UUID.randomUUID(), template.title(), template.questions()))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("seriesId"));
        UUID series = UUID.randomUUID();
        Form form = Form.publish(
                new PublishForm(NEWHAM, null, series, template.title(), template.questions()), CODE, clockAt(NOW));
        assertThat(form.seriesId()).contains(series);
        assertThat(form.recordedEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        FormEvents.Published.class,
                        p -> assertThat(p.seriesId()).isEqualTo(series));
    }

    @Test
    void aChangeMadeAgainstAnOlderVersionIsRefused() {
        Form stored = Form.restore(
                FormId.random(), CODE, publishCommand(NEWHAM), new Form.Life(FormStatus.OPEN, NOW, NOW, null), 3);
        assertThatThrownBy(() -> stored.expectVersion(2L)).isInstanceOf(StaleVersion.class);
        stored.expectVersion(3L);
        stored.expectVersion(null);
    }

    private static PublishForm content(List<Question> questions) {
        return new PublishForm(NEWHAM, null, publishCommand(NEWHAM).title(), questions);
    }
}
