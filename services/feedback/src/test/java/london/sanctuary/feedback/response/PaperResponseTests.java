package london.sanctuary.feedback.response;

import static london.sanctuary.feedback.form.FormFixtures.NOW;
import static london.sanctuary.feedback.form.FormFixtures.clockAt;
import static london.sanctuary.feedback.form.FormFixtures.fullAnswers;
import static london.sanctuary.feedback.form.FormFixtures.published;
import static london.sanctuary.feedback.response.ResponseFixtures.AMIRA;
import static london.sanctuary.feedback.response.ResponseFixtures.DOES_NOT_HOLD;
import static london.sanctuary.feedback.response.ResponseFixtures.HOLDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.response.messaging.ResponseEventContracts;
import org.junit.jupiter.api.Test;

/** Paper answers count for the day they were written; staff translations stay beside the answer, marked. */
class PaperResponseTests {

    final Form form = published(); // on 2026-11-20
    final Instant tenDaysLater = NOW.plus(Duration.ofDays(10)); // 2026-11-30

    @Test
    void aPaperAnswerCountsForItsCapturedOnDayInTheEventAndTheFact() {
        // when a sheet from the 23rd is typed in a week later
        Response response = paper(LocalDate.parse("2026-11-23"));

        // then
        assertThat(response.answeredOn()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(response.submittedAt()).isEqualTo(tenDaysLater);
        assertThat(ResponseEventContracts.toOutbox(response.recordedEvents()))
                .anySatisfy(entry -> assertThat(entry.data()).contains("\"submittedOn\":\"2026-11-23\""));
    }

    @Test
    void anAnswerWithoutACapturedOnDayCountsForTheDayItIsEnteredInLondon() {
        // given late in the evening in London (GMT in November)
        Instant lateEvening = Instant.parse("2026-11-30T23:30:00Z");

        // when
        Response response = Response.submit(
                new SubmitResponse(Language.of("ar"), CaptureMethod.PAPER, null, fullAnswers()),
                form,
                DOES_NOT_HOLD,
                clockAt(lateEvening));

        // then
        assertThat(response.answeredOn()).isEqualTo(LocalDate.parse("2026-11-30"));
    }

    @Test
    void aCapturedOnDayInTheFutureOrBeforeTheFormWasPublishedIsRefusedNamingCapturedOn() {
        assertThatThrownBy(() -> paper(LocalDate.parse("2026-12-01")))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("capturedOn"));
        assertThatThrownBy(() -> paper(LocalDate.parse("2026-11-19")))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("capturedOn"));
    }

    @Test
    void aCapturedOnDayIsOnlyForPaperAndInterpreterAssistedAnswers() {
        assertThatThrownBy(() -> new SubmitResponse(
                        Language.of("ar"),
                        CaptureMethod.STAFF_TABLET,
                        null,
                        fullAnswers(),
                        LocalDate.parse("2026-11-23")))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("capturedOn"));
    }

    @Test
    void aTranslationOfAWrittenAnswerIsKeptBesideItAndRecordedWithoutTheTextOrThePerson() {
        // given a linked answer in Dari
        Response response = Response.submit(
                new SubmitResponse(Language.of("prs"), CaptureMethod.PAPER, AMIRA, fullAnswers()),
                form,
                HOLDS,
                clockAt(tenDaysLater));

        // when
        response.translate(form, "q1", new Translation(Language.of("en"), "More evening classes", tenDaysLater));

        // then
        assertThat(response.translations().get("q1").text()).isEqualTo("More evening classes");
        assertThat(response.answers().of("q1")).containsExactly("More ESOL classes in the evening");
        assertThat(response.recordedEvents()).last().isInstanceOfSatisfying(ResponseEvents.Translated.class, t -> {
            assertThat(t.questionId()).isEqualTo("q1");
            assertThat(t.toString()).doesNotContain("evening").doesNotContain(AMIRA.toString());
        });
        assertThat(ResponseEventContracts.toOutbox(response.recordedEvents().subList(1, 2)))
                .isEmpty();
    }

    @Test
    void onlyAWrittenAnswerInAnotherLanguageCanBeTranslated() {
        Response response = paper(LocalDate.parse("2026-11-23")); // in Arabic
        Translation english = new Translation(Language.of("en"), "Yes", tenDaysLater);

        assertThatThrownBy(() -> response.translate(form, "q2", english))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("questionId"));
        assertThatThrownBy(() -> response.translate(form, "q9", english))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("questionId"));
        assertThatThrownBy(
                        () -> response.translate(form, "q1", new Translation(Language.of("ar"), "نعم", tenDaysLater)))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("language"));
        assertThatThrownBy(() -> new Translation(Language.of("en"), " ", tenDaysLater))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    private Response paper(LocalDate capturedOn) {
        return Response.submit(
                new SubmitResponse(Language.of("ar"), CaptureMethod.PAPER, null, fullAnswers(), capturedOn),
                form,
                DOES_NOT_HOLD,
                clockAt(tenDaysLater));
    }
}
