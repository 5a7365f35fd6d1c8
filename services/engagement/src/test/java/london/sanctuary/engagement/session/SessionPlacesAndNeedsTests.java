package london.sanctuary.engagement.session;

import static london.sanctuary.engagement.session.SessionFixtures.CLOCK;
import static london.sanctuary.engagement.session.SessionFixtures.HOLDS_PARTICIPATE;
import static london.sanctuary.engagement.session.SessionFixtures.NOW;
import static london.sanctuary.engagement.session.SessionFixtures.participant;
import static london.sanctuary.engagement.session.SessionFixtures.recorded;
import static london.sanctuary.engagement.session.SessionFixtures.registered;
import static london.sanctuary.engagement.session.SessionFixtures.started;
import static london.sanctuary.engagement.session.SessionFixtures.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.junit.jupiter.api.Test;

/** Promotion from the waitlist, needs the session does not meet, expenses paid, reminders and series dates. */
class SessionPlacesAndNeedsTests {

    @Test
    void promotingIsRefusedWhenEveryPlaceIsTakenOrThePersonIsNotWaiting() {
        // given a full session of one place, with one waiting
        Session session = upcoming(1);
        ParticipantRef placed = participant();
        ParticipantRef waiting = participant();
        registered(session, placed, waiting);

        // when / then
        assertThatThrownBy(() -> session.promote(waiting, CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThatThrownBy(() -> session.promote(placed, CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("participantRef"));
        assertThat(recorded(session, SessionEvents.Promoted.class)).isEmpty();
    }

    @Test
    void promotingGivesAWaitlistedPersonAFreePlaceOutOfTurn() {
        // given a session of three places with one taken and two waiting (its capacity was raised since)
        Session full = upcoming(1);
        ParticipantRef waitingFirst = participant();
        ParticipantRef chosen = participant();
        registered(full, participant(), waitingFirst, chosen);
        Session.SessionState state = full.state();
        Session session = Session.restore(new Session.SessionState(
                state.id(),
                state.borough(),
                SessionFixtures.focusGroup(3, state.plan().startsAt()),
                state.status(),
                state.checkInCode(),
                1L,
                state.registrations(),
                state.attendance(),
                null,
                null));

        // when
        Registration promoted = session.promote(chosen, CLOCK);

        // then
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(session.placesHeld()).extracting(Registration::participant).contains(chosen);
        assertThat(recorded(session, SessionEvents.Promoted.class))
                .extracting(SessionEvents.Promoted::participant)
                .containsExactly(chosen);
    }

    @Test
    void revisingKeepsTheCapacityAbovePlacesTakenAndRecordsAMoveAsAReschedule() {
        // given a session of two places, both taken
        Session session = upcoming(2);
        registered(session, participant(), participant());
        Instant start = session.plan().startsAt();

        // when / then: one place is too few
        assertThatThrownBy(() -> session.revise(SessionFixtures.focusGroup(1, start), CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("capacity"));

        // when the capacity goes up, then an hour later
        assertThat(session.revise(SessionFixtures.focusGroup(4, start), CLOCK)).isFalse();
        assertThat(session.revise(SessionFixtures.focusGroup(4, start.plus(Duration.ofHours(1))), CLOCK))
                .isTrue();

        // then
        assertThat(session.plan().capacity()).isEqualTo(4);
        assertThat(recorded(session, SessionEvents.Rescheduled.class)).hasSize(1);
    }

    @Test
    void needsTheSessionDoesNotProvideAreFlaggedAndMetOnesAreNot() {
        // given a session in English and Arabic with Arabic and Dari interpreters, step-free with a creche
        Session session = upcoming(5);
        ParticipantRef tigrinya = participant();
        ParticipantRef dari = participant();
        session.register(
                new RegisterParticipant(
                        tigrinya, new Needs(Language.of("ti"), Set.of(AccessNeed.STEP_FREE), true, null)),
                HOLDS_PARTICIPATE,
                CLOCK);
        session.register(
                new RegisterParticipant(dari, new Needs(Language.of("fa-AF"), Set.of(), false, null)),
                HOLDS_PARTICIPATE,
                CLOCK);

        // when
        List<UnmetNeed> unmet = session.unmetNeeds();

        // then only the Tigrinya interpreter is missing
        assertThat(unmet).containsExactly(new UnmetNeed(tigrinya, "INTERPRETER", "ti"));
    }

    @Test
    void expensesArePaidOnceAndThenCannotBeRewritten() {
        // given someone who attended and claimed £4.80
        Session session = started(5);
        ParticipantRef came = participant();
        registered(session, came);
        session.recordAttendance(RecordAttendance.byStaff(came, true, 480, true), CLOCK);

        // when
        Attendance paid = session.markExpensesPaid(came, CLOCK);

        // then
        assertThat(paid.paidAt()).isEqualTo(NOW);
        assertThat(ExpenseTotals.of(session.attendance())).isEqualTo(new ExpenseTotals(1, 480, 480));
        assertThatThrownBy(() -> session.markExpensesPaid(came, CLOCK)).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> session.recordAttendance(RecordAttendance.byStaff(came, true, 900, true), CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("travelExpensesPence"));
        assertThatThrownBy(() -> session.markExpensesPaid(participant(), CLOCK)).isInstanceOf(RuleBroken.class);
    }

    @Test
    void theReminderIsDueOnceWithinTheDayBefore() {
        // given a session tomorrow with one place held
        Session session = upcoming(5);
        ParticipantRef placed = participant();
        registered(session, placed);

        // when / then
        assertThat(session.isDueForReminder(NOW, Duration.ofHours(12))).isFalse();
        assertThat(session.isDueForReminder(NOW, Duration.ofHours(24))).isTrue();
        assertThat(session.remind(CLOCK)).extracting(Registration::participant).containsExactly(placed);
        assertThat(session.isDueForReminder(NOW, Duration.ofHours(24))).isFalse();
    }

    @Test
    void aMonthlyRuleGivesOneStartPerMeetingAtTheSameLondonTimeAcrossTheClockChange() {
        // given the first Tuesday of the month at 6 pm London time, from 1 December 2026
        Recurrence monthly = new Recurrence("FREQ=MONTHLY;BYDAY=1TU");
        Instant first = Instant.parse("2026-12-01T18:00:00Z");

        // when
        List<Instant> starts = monthly.startsFrom(first, first.plus(Duration.ofDays(200)), 60);

        // then
        assertThat(starts).hasSize(7).startsWith(first, Instant.parse("2027-01-05T18:00:00Z"));
        assertThat(starts).contains(Instant.parse("2027-04-06T17:00:00Z")); // 6 pm in British Summer Time
        assertThat(monthly.startsFrom(first, first.plus(Duration.ofDays(3000)), 12))
                .hasSize(12);
    }
}
