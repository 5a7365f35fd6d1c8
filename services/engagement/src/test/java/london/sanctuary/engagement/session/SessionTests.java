package london.sanctuary.engagement.session;

import static london.sanctuary.engagement.session.SessionFixtures.CLOCK;
import static london.sanctuary.engagement.session.SessionFixtures.HOLDS_PARTICIPATE;
import static london.sanctuary.engagement.session.SessionFixtures.participant;
import static london.sanctuary.engagement.session.SessionFixtures.recorded;
import static london.sanctuary.engagement.session.SessionFixtures.registered;
import static london.sanctuary.engagement.session.SessionFixtures.registering;
import static london.sanctuary.engagement.session.SessionFixtures.started;
import static london.sanctuary.engagement.session.SessionFixtures.upcoming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.junit.jupiter.api.Test;

class SessionTests {

    @Test
    void schedulingRecordsOneScheduledEventWithTheSessionsShape() {
        // when
        Session session = upcoming(12);

        // then
        assertThat(session.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(session.checkInCode()).hasSize(6);
        assertThat(session.recordedEvents())
                .singleElement()
                .isInstanceOfSatisfying(SessionEvents.Scheduled.class, s -> {
                    assertThat(s.capacity()).isEqualTo(12);
                    assertThat(s.languages()).containsExactly("en", "ar");
                    assertThat(s.recurrence()).isNull();
                });
    }

    @Test
    void registrationsBeyondCapacityAreWaitlisted() {
        // given
        Session session = upcoming(2);
        registered(session, participant(), participant());

        // when
        Registration third = session.register(registering(participant()), HOLDS_PARTICIPATE, CLOCK);

        // then
        assertThat(third.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(recorded(session, SessionEvents.Registered.class))
                .extracting(SessionEvents.Registered::waitlisted)
                .containsExactly(false, false, true);
    }

    @Test
    void cancellingARegistrationPromotesTheFirstWaitlistedParticipant() {
        // given
        Session session = upcoming(1);
        ParticipantRef first = participant();
        ParticipantRef waitingFirst = participant();
        ParticipantRef waitingSecond = participant();
        registered(session, first, waitingFirst, waitingSecond);

        // when
        session.cancelRegistration(first, CLOCK);

        // then
        assertThat(session.placesHeld()).extracting(Registration::participant).containsExactly(waitingFirst);
        assertThat(recorded(session, SessionEvents.Promoted.class))
                .singleElement()
                .extracting(SessionEvents.Promoted::participant)
                .isEqualTo(waitingFirst);
    }

    @Test
    void cancellingAWaitlistedRegistrationPromotesNobody() {
        // given
        Session session = upcoming(1);
        ParticipantRef waiting = participant();
        registered(session, participant(), waiting);

        // when
        session.cancelRegistration(waiting, CLOCK);

        // then
        assertThat(recorded(session, SessionEvents.Promoted.class)).isEmpty();
        assertThat(session.activeRegistrations()).hasSize(1);
    }

    @Test
    void aParticipantWithoutParticipateConsentCannotRegister() {
        // given
        Session session = upcoming(5);

        // when / then
        assertThatThrownBy(() -> session.register(registering(participant()), false, CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("participantRef"));
        assertThat(session.registrations()).isEmpty();
    }

    @Test
    void aParticipantCannotRegisterTwice() {
        // given
        Session session = upcoming(5);
        ParticipantRef participant = participant();
        registered(session, participant);

        // when / then
        assertThatThrownBy(() -> session.register(registering(participant), HOLDS_PARTICIPATE, CLOCK))
                .isInstanceOf(RuleBroken.class);
    }

    @Test
    void aCancelledSessionRefusesRegistrations() {
        // given
        Session session = upcoming(5);
        session.cancel(CLOCK);

        // when / then
        assertThatThrownBy(() -> session.register(registering(participant()), HOLDS_PARTICIPATE, CLOCK))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("cancelled");
        assertThat(recorded(session, SessionEvents.Cancelled.class)).hasSize(1);
    }

    @Test
    void reschedulingMovesTheSessionAndRecordsTheNewTimes() {
        // given
        Session session = upcoming(5);
        Instant later = session.plan().startsAt().plus(Duration.ofDays(7));

        // when
        session.reschedule(new RescheduleSession(later, later.plus(Duration.ofHours(2))), CLOCK);

        // then
        assertThat(session.plan().startsAt()).isEqualTo(later);
        assertThat(recorded(session, SessionEvents.Rescheduled.class))
                .singleElement()
                .extracting(SessionEvents.Rescheduled::startsAt)
                .isEqualTo(later);
    }

    @Test
    void aHeldSessionCannotBeRescheduledOrCancelled() {
        // given
        Session session = started(5);
        session.markHeld(CLOCK);
        Instant later = CLOCK.instant().plus(Duration.ofDays(7));

        // when / then
        assertThatThrownBy(() -> session.reschedule(new RescheduleSession(later, later.plusSeconds(3600)), CLOCK))
                .isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> session.cancel(CLOCK)).isInstanceOf(RuleBroken.class);
    }

    @Test
    void aSessionCannotBeMarkedHeldBeforeItStarts() {
        // given
        Session session = upcoming(5);

        // when / then
        assertThatThrownBy(() -> session.markHeld(CLOCK)).isInstanceOf(RuleBroken.class);
    }

    @Test
    void markingHeldCountsThoseWhoAttendedWithLanguagesAndInterpreterLanguages() {
        // given
        Session session = started(5);
        ParticipantRef came = participant();
        ParticipantRef checkedIn = participant();
        ParticipantRef stayedAway = participant();
        registered(session, came, checkedIn, stayedAway);
        session.recordAttendance(RecordAttendance.byStaff(came, true, 480, true), CLOCK);
        session.recordAttendance(RecordAttendance.checkIn(checkedIn, session.checkInCode()), CLOCK);
        session.recordAttendance(RecordAttendance.byStaff(stayedAway, false, 0, false), CLOCK);

        // when
        session.markHeld(CLOCK);

        // then
        assertThat(recorded(session, SessionEvents.Held.class)).singleElement().satisfies(held -> {
            assertThat(held.attendance()).isEqualTo(2);
            assertThat(held.languages()).containsExactly("en", "ar");
            assertThat(held.interpreterLanguages()).containsExactly("ar", "fa-AF");
        });
        assertThat(recorded(session, SessionEvents.AttendanceTaken.class)).hasSize(3);
    }

    @Test
    void checkingInWithTheWrongCodeIsRefused() {
        // given
        Session session = started(5);
        ParticipantRef participant = participant();
        registered(session, participant);

        // when / then
        assertThatThrownBy(() -> session.recordAttendance(RecordAttendance.checkIn(participant, "WRONG1"), CLOCK))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void attendanceIsRecordedOnlyForParticipantsHoldingAPlace() {
        // given
        Session session = started(1);
        ParticipantRef waiting = participant();
        registered(session, participant(), waiting);

        // when / then
        assertThatThrownBy(() -> session.recordAttendance(RecordAttendance.byStaff(waiting, true, 0, false), CLOCK))
                .isInstanceOf(RuleBroken.class);
    }

    @Test
    void forgettingAnErasedParticipantKeepsTheCountsButNotTheirRef() {
        // given
        Session session = started(5);
        ParticipantRef erased = participant();
        registered(session, erased, participant());
        session.recordAttendance(RecordAttendance.byStaff(erased, true, 0, false), CLOCK);
        session.markHeld(CLOCK);

        // when
        boolean changed = session.forget(erased);

        // then
        assertThat(changed).isTrue();
        assertThat(session.attendanceCount()).isEqualTo(1);
        assertThat(session.attendance())
                .singleElement()
                .satisfies(a -> assertThat(a.isAnonymous()).isTrue());
        assertThat(session.registrations()).hasSize(2).noneMatch(r -> r.isFor(erased));
    }

    @Test
    void onlyAnUpcomingActiveRegistrationIsEndedByAConsentWithdrawal() {
        // given
        Session past = started(5);
        Session future = upcoming(5);
        ParticipantRef participant = participant();
        registered(past, participant);
        registered(future, participant);

        // then
        assertThat(future.isUpcomingFor(participant, CLOCK.instant())).isTrue();
        assertThat(past.isUpcomingFor(participant, CLOCK.instant().plus(Duration.ofHours(2))))
                .isFalse();
    }
}
