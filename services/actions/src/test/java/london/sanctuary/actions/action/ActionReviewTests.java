package london.sanctuary.actions.action;

import static london.sanctuary.actions.action.ActionFixtures.CLOCK;
import static london.sanctuary.actions.action.ActionFixtures.done;
import static london.sanctuary.actions.action.ActionFixtures.inStatus;
import static london.sanctuary.actions.action.ActionFixtures.wording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.ReviewOutcome;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionReviewTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-02");

    @Test
    void completingSetsAReviewSixMonthsOnUnlessADateIsChosen() {
        // given
        Action byDefault = inStatus(ActionStatus.IN_PROGRESS, "food");
        Action chosen = inStatus(ActionStatus.IN_PROGRESS, "food");

        // when
        byDefault.complete(ActionStatus.DONE, wording("en", "We did"), null, CLOCK);
        chosen.complete(ActionStatus.DONE, wording("en", "We did"), LocalDate.parse("2027-01-15"), CLOCK);

        // then
        assertThat(byDefault.reviewOn()).contains(LocalDate.parse("2027-05-02"));
        assertThat(chosen.reviewOn()).contains(LocalDate.parse("2027-01-15"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-02", "2026-10-01", "2040-01-01"})
    void aReviewDateThatIsNotAfterTodayOrTooFarIsRefusedNamingIt(String day) {
        Action action = inStatus(ActionStatus.IN_PROGRESS, "food");

        assertThatThrownBy(
                        () -> action.complete(ActionStatus.DONE, wording("en", "We did"), LocalDate.parse(day), CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("reviewOn"));
        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void aResultThatStillHoldsStaysDoneUntilTheNextReviewAndJoinsTheHistory() {
        // given
        Action action = done(wording("en", "We did"), "food");

        // when
        action.review(ReviewOutcome.STILL_HOLDS, "Pack still handed out", null, "lead", CLOCK);

        // then
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.reviewOn()).contains(TODAY.plusMonths(6));
        assertThat(action.reviews()).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(ReviewOutcome.STILL_HOLDS);
            assertThat(r.note()).isEqualTo("Pack still handed out");
            assertThat(r.reviewedBy()).isEqualTo("lead");
        });
        assertThat(action.recordedEvents())
                .containsExactly(new ActionEvents.Reviewed(
                        action.id(), ReviewOutcome.STILL_HOLDS, TODAY.plusMonths(6), CLOCK.instant()));
    }

    @Test
    void reopeningReturnsTheActionToInProgressAndRecordsTheReviewAndTheMove() {
        // given
        Action action = done(wording("en", "We did"), "food");

        // when
        action.review(ReviewOutcome.REOPEN, "The pack ran out in Arabic", null, "lead", CLOCK);

        // then
        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.reviewOn()).isEmpty();
        assertThat(action.completedAt())
                .as("when it last ended, for its history")
                .isPresent();
        assertThat(action.reviews()).extracting(ActionReview::outcome).containsExactly(ReviewOutcome.REOPEN);
        assertThat(action.recordedEvents())
                .containsExactly(
                        new ActionEvents.Reviewed(action.id(), ReviewOutcome.REOPEN, null, CLOCK.instant()),
                        new ActionEvents.StatusChanged(
                                action.id(), ActionStatus.DONE, ActionStatus.IN_PROGRESS, CLOCK.instant()));
    }

    @Test
    void aReopenedActionCanBeCompletedAgainWithANewReviewDate() {
        // given
        Action action = done(wording("en", "We did"), "food");
        action.review(ReviewOutcome.REOPEN, "Ran out", null, "lead", CLOCK);

        // when
        action.complete(ActionStatus.DONE, wording("en", "We reprinted it"), null, CLOCK);

        // then
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.reviewOn()).contains(TODAY.plusMonths(6));
        assertThat(action.reviews()).hasSize(1);
    }

    @Test
    void reopeningNeedsANoteSayingWhy() {
        Action action = done(wording("en", "We did"), "food");

        assertThatThrownBy(() -> action.review(ReviewOutcome.REOPEN, "  ", null, "lead", CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void onlyAnEndedActionIsReviewed() {
        Action action = inStatus(ActionStatus.IN_PROGRESS, "food");

        assertThatThrownBy(() -> action.review(ReviewOutcome.STILL_HOLDS, null, null, "lead", CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("status"));
    }

    @Test
    void aReviewWithoutAnOutcomeIsInvalid() {
        Action action = done(wording("en", "We did"), "food");

        assertThatThrownBy(() -> action.review(null, null, null, "lead", CLOCK))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("outcome"));
    }

    @Test
    void theReviewIsDueOnItsDayAndNotBefore() {
        // given
        Action action = done(wording("en", "We did"), "food");
        LocalDate reviewOn = action.reviewOn().orElseThrow();

        // then
        assertThat(action.reviewDue(dayOf(reviewOn.minusDays(1)))).isFalse();
        assertThat(action.reviewDue(dayOf(reviewOn))).isTrue();
        assertThat(inStatus(ActionStatus.IN_PROGRESS, "food").reviewDue(dayOf(reviewOn)))
                .isFalse();
    }

    private static Clock dayOf(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
