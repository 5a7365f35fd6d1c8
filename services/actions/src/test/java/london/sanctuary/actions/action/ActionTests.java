package london.sanctuary.actions.action;

import static london.sanctuary.actions.action.ActionFixtures.CLOCK;
import static london.sanctuary.actions.action.ActionFixtures.NEWHAM;
import static london.sanctuary.actions.action.ActionFixtures.inStatus;
import static london.sanctuary.actions.action.ActionFixtures.proposed;
import static london.sanctuary.actions.action.ActionFixtures.raiseFor;
import static london.sanctuary.actions.action.ActionFixtures.wording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionTests {

    @Test
    void raisingAnActionMakesItProposedAndRecordsWhenItsFeedbackCame() {
        // given
        Instant feedbackAt = Instant.parse("2026-10-20T09:00:00Z");

        // when
        Action action = Action.raise(ActionId.random(), NEWHAM, raiseFor("food"), "lead", feedbackAt, CLOCK);

        // then
        assertThat(action.status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(action.recordedEvents()).singleElement().isInstanceOfSatisfying(ActionEvents.Raised.class, r -> {
            assertThat(r.earliestFeedbackAt()).isEqualTo(feedbackAt);
            assertThat(r.raised().themes()).containsExactly(ThemeCode.of("food"));
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PROPOSED, AGREED", "AGREED, IN_PROGRESS"})
    void anActionMovesOnOneStepAtATimeAndRecordsTheChange(ActionStatus from, ActionStatus to) {
        // given
        Action action = inStatus(from, "food");

        // when
        action.changeStatus(to, null, CLOCK);

        // then
        assertThat(action.status()).isEqualTo(to);
        assertThat(action.recordedEvents())
                .containsExactly(new ActionEvents.StatusChanged(action.id(), from, to, CLOCK.instant()));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "PROPOSED, IN_PROGRESS",
        "PROPOSED, PROPOSED",
        "IN_PROGRESS, AGREED",
        "DONE, IN_PROGRESS",
        "NOT_POSSIBLE, AGREED",
        "AGREED, PROPOSED"
    })
    void anInvalidTransitionIsRefusedNamingStatus(ActionStatus from, ActionStatus to) {
        // given
        Action action = inStatus(from, "food");

        // when / then
        assertThatThrownBy(() -> action.changeStatus(to, null, CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("status"));
        assertThat(action.recordedEvents()).isEmpty();
    }

    @Test
    void doneNeedsAWeDidStatement() {
        // given
        Action action = inStatus(ActionStatus.IN_PROGRESS, "food");

        // when / then
        assertThatThrownBy(() -> action.changeStatus(ActionStatus.DONE, null, CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("statement"));
        assertThatThrownBy(() -> action.complete(ActionStatus.DONE, null, null, CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("statement"));
    }

    @Test
    void notPossibleNeedsAReasonAndThenEndsTheActionWithIt() {
        // given
        Action action = inStatus(ActionStatus.AGREED, "food");
        assertThatThrownBy(() -> action.changeStatus(ActionStatus.NOT_POSSIBLE, null, CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("reason"));

        // when
        action.changeStatus(ActionStatus.NOT_POSSIBLE, wording("en", "The contract does not allow it"), CLOCK);

        // then
        assertThat(action.status()).isEqualTo(ActionStatus.NOT_POSSIBLE);
        assertThat(action.statement()).map(s -> s.in(Wording.ENGLISH)).contains("The contract does not allow it");
        assertThat(action.recordedEvents()).singleElement().isInstanceOf(ActionEvents.Completed.class);
    }

    @Test
    void completingRecordsTheOutcomeTheThemesAndWhenItWasRaised() {
        // given
        Action action = inStatus(ActionStatus.IN_PROGRESS, "food", "health-access");

        // when
        action.complete(ActionStatus.DONE, wording("en", "We changed the menu", "ar", "غيّرنا القائمة"), null, CLOCK);

        // then
        assertThat(action.recordedEvents()).singleElement().isInstanceOfSatisfying(ActionEvents.Completed.class, c -> {
            assertThat(c.from()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(c.outcome()).isEqualTo(ActionStatus.DONE);
            assertThat(c.themes()).extracting(ThemeCode::code).containsExactly("food", "health-access");
            assertThat(c.raisedAt()).isEqualTo(action.raisedAt());
        });
        assertThat(action.completedAt()).contains(CLOCK.instant());
    }

    @Test
    void completingWithAnOutcomeThatIsNotAnEndIsInvalid() {
        Action action = inStatus(ActionStatus.AGREED, "food");

        assertThatThrownBy(() -> action.complete(ActionStatus.IN_PROGRESS, wording("en", "x"), null, CLOCK))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("outcome"));
    }

    @Test
    void theLoopClosesOnceAndOnlyAfterTheActionEnded() {
        // given
        Action open = proposed("food");
        Action done = ActionFixtures.done(wording("en", "We did it"), "food");

        // when
        done.closeLoop(3, CLOCK);

        // then
        assertThatThrownBy(() -> open.closeLoop(0, CLOCK)).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> done.closeLoop(3, CLOCK)).isInstanceOf(RuleBroken.class);
        assertThat(done.notifiedCount()).contains(3);
        assertThat(done.recordedEvents())
                .containsExactly(new ActionEvents.LoopClosed(done.id(), done.themes(), 3, CLOCK.instant()));
    }

    @Test
    void aChangeAgainstAnOlderVersionIsRefused() {
        Action action = proposed("food");

        assertThatThrownBy(() -> action.expectVersion(7L)).isInstanceOf(StaleVersion.class);
    }

    @Test
    void aWordingNeedsEnglishAndFallsBackToIt() {
        // given
        Wording wording = wording("en", "We opened a clinic", "ar", "افتتحنا عيادة");

        // then
        assertThat(wording.in(Language.of("ar"))).isEqualTo("افتتحنا عيادة");
        assertThat(wording.in(Language.of("fa"))).isEqualTo("We opened a clinic");
        assertThatThrownBy(() -> wording("ar", "افتتحنا عيادة"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("statement"));
        assertThatThrownBy(() -> wording("en", " "))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("statement"));
        assertThatThrownBy(() -> wording("english!", "x"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("statement"));
    }

    @Test
    void evidenceLinksMustBeHttps() {
        assertThat(ProgressNote.links(List.of("https://newham.gov.uk/menu.pdf")))
                .containsExactly(URI.create("https://newham.gov.uk/menu.pdf"));
        assertThatThrownBy(() -> ProgressNote.links(List.of("http://newham.gov.uk/menu.pdf")))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> ProgressNote.links(List.of("javascript:alert(1)")))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void aRaiseNeedsThemesAnOwnerAndADueDate() {
        assertThatThrownBy(() -> new RaiseAction(List.of(), List.of(), "t", "team", LocalDate.now()))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("themes"));
        assertThatThrownBy(() -> new RaiseAction(
                        List.of(ThemeCode.of("food")), List.of(UUID.randomUUID()), "t", " ", LocalDate.now()))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("ownerTeam"));
        assertThatThrownBy(() -> ThemeCode.of("Food!"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).isEqualTo("themes"));
    }
}
