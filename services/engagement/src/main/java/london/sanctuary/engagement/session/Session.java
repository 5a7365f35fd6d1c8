package london.sanctuary.engagement.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;

/**
 * A co-production session in one borough: its plan, its registrations with a waitlist, and its attendance.
 * Every change is made here, checks its rules and records what happened, for the repository to store together
 * with the state in one write.
 */
public final class Session {

    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionId id;
    private final Borough borough;
    private final String checkInCode;
    private final Long version;
    private final List<Registration> registrations;
    private final List<Attendance> attendance;
    private final List<SessionEvents> recorded = new ArrayList<>();
    private final Occurrence occurrence;
    private SessionPlan plan;
    private SessionStatus status;
    private Instant remindedAt;

    private Session(SessionState state) {
        this.id = state.id();
        this.borough = state.borough();
        this.checkInCode = state.checkInCode();
        this.version = state.version();
        this.plan = state.plan();
        this.status = state.status();
        this.registrations = new ArrayList<>(state.registrations());
        this.attendance = new ArrayList<>(state.attendance());
        this.occurrence = state.occurrence();
        this.remindedAt = state.remindedAt();
    }

    public static Session schedule(SessionId id, Borough borough, ScheduleSession command, Clock clock) {
        return schedule(id, borough, command.plan(), null, clock);
    }

    /**
     * One meeting of a recurring series, {@code plan} already at the meeting's time; its own registrations,
     * attendance and held. {@code occurrence} null: a session on its own.
     */
    public static Session schedule(
            SessionId id, Borough borough, SessionPlan plan, Occurrence occurrence, Clock clock) {
        Session session = new Session(new SessionState(
                id, borough, plan, SessionStatus.SCHEDULED, newCode(), null, List.of(), List.of(), occurrence, null));
        session.recorded.add(new SessionEvents.Scheduled(
                id,
                borough,
                plan.type(),
                plan.startsAt(),
                plan.endsAt(),
                plan.venue().kind(),
                plan.capacity(),
                plan.languageTags(),
                plan.recurrence() == null ? null : plan.recurrence().rule(),
                now(clock)));
        return session;
    }

    /** A session as stored; records nothing. */
    public static Session restore(SessionState state) {
        return new Session(state);
    }

    public void reschedule(RescheduleSession command, Clock clock) {
        if (status == SessionStatus.HELD) {
            throw new RuleBroken("startsAt", "A session that was held cannot be rescheduled");
        }
        ensureNotCancelled("startsAt");
        plan = plan.at(command.startsAt(), command.endsAt());
        recorded.add(new SessionEvents.Rescheduled(id, borough, command.startsAt(), command.endsAt(), now(clock)));
    }

    /**
     * Changes what the session is — type, texts, time, venue, capacity, languages, interpreters, compensation,
     * facilitators — before it is held. The capacity cannot go below the places taken (it can go up, and an officer
     * then promotes from the waitlist); the recurrence of a series cannot change here. Says whether it moved in time
     * (recorded as a reschedule, so the people registered are told).
     */
    public boolean revise(SessionPlan revised, Clock clock) {
        if (status == SessionStatus.HELD) {
            throw new RuleBroken("status", "A session that was held cannot be changed");
        }
        ensureNotCancelled("status");
        if (revised.capacity() < placesTaken()) {
            throw new RuleBroken("capacity", "cannot be below the " + placesTaken() + " places already taken");
        }
        if (!Objects.equals(revised.recurrence(), plan.recurrence())) {
            throw new RuleBroken("recurrence", "cannot be changed on a session; schedule a new series instead");
        }
        boolean moved =
                !revised.startsAt().equals(plan.startsAt()) || !revised.endsAt().equals(plan.endsAt());
        plan = revised;
        if (moved) {
            recorded.add(new SessionEvents.Rescheduled(id, borough, plan.startsAt(), plan.endsAt(), now(clock)));
        }
        return moved;
    }

    public void cancel(Clock clock) {
        if (status == SessionStatus.HELD) {
            throw new RuleBroken("status", "A session that was held cannot be cancelled");
        }
        ensureNotCancelled("status");
        status = SessionStatus.CANCELLED;
        recorded.add(new SessionEvents.Cancelled(id, borough, now(clock)));
    }

    /**
     * Registers the participant, or puts them on the waitlist when every place is taken. Only a participant who
     * holds PARTICIPATE consent now may register; the caller asks the consent ledger and passes the answer.
     */
    public Registration register(RegisterParticipant command, boolean holdsParticipate, Clock clock) {
        if (!holdsParticipate) {
            throw noParticipate();
        }
        ensureNotCancelled("sessionId");
        ensureNotHeld("sessionId");
        if (activeRegistrationOf(command.participant()).isPresent()) {
            throw new RuleBroken("participantRef", "The participant is already registered for this session");
        }
        boolean full = placesTaken() >= plan.capacity();
        Instant now = now(clock);
        Registration registration = new Registration(
                command.participant(),
                full ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED,
                command.needs(),
                now);
        registrations.add(registration);
        recorded.add(new SessionEvents.Registered(id, borough, command.participant(), full, now));
        return registration;
    }

    /** The refusal of a place to someone who does not hold PARTICIPATE. */
    static RuleBroken noParticipate() {
        return new RuleBroken("participantRef", "The participant has not given consent to take part (PARTICIPATE)");
    }

    /** Cancels the participant's registration and gives a freed place to the first on the waitlist. */
    public void cancelRegistration(ParticipantRef participant, Clock clock) {
        Registration registration = activeRegistrationOf(participant)
                .orElseThrow(
                        () -> new RuleBroken("participantRef", "The participant is not registered for this session"));
        ensureNotHeld("participantRef");
        Instant now = now(clock);
        registrations.set(registrations.indexOf(registration), registration.with(RegistrationStatus.CANCELLED));
        recorded.add(new SessionEvents.RegistrationCancelled(id, borough, participant, now));
        if (registration.status() == RegistrationStatus.REGISTERED && status == SessionStatus.SCHEDULED) {
            promoteFirstWaiting(now);
        }
    }

    /** Gives a waitlisted participant a place, when one is free: an officer's choice, not the queue's order. */
    public Registration promote(ParticipantRef participant, Clock clock) {
        ensureNotCancelled("participantRef");
        ensureNotHeld("participantRef");
        Registration waiting = activeRegistrationOf(participant)
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .orElseThrow(() -> new RuleBroken("participantRef", "The participant is not on the waitlist"));
        if (placesTaken() >= plan.capacity()) {
            throw new RuleBroken("capacity", "Every place is taken: cancel a place or raise the capacity first");
        }
        Registration promoted = waiting.with(RegistrationStatus.REGISTERED);
        registrations.set(registrations.indexOf(waiting), promoted);
        recorded.add(new SessionEvents.Promoted(id, borough, participant, now(clock)));
        return promoted;
    }

    /** Records that the participant's travel expenses were paid; once only. */
    public Attendance markExpensesPaid(ParticipantRef participant, Clock clock) {
        Attendance claim = attendance.stream()
                .filter(a -> a.isFor(participant) && a.travelExpensesPence() > 0)
                .findFirst()
                .orElseThrow(() -> new RuleBroken("participantRef", "The participant claimed no travel expenses here"));
        if (claim.paidAt() != null) {
            throw new RuleBroken("participantRef", "These travel expenses were already paid");
        }
        Attendance paid = claim.paid(now(clock));
        attendance.set(attendance.indexOf(claim), paid);
        return paid;
    }

    /**
     * The needs of people registered (or waiting) that the session as booked does not meet: an interpreter
     * language neither spoken at the session nor interpreted, childcare without a creche, step-free access
     * where the venue has none. The other access codes cannot be booked on a session yet, so they are not flagged.
     */
    public List<UnmetNeed> unmetNeeds() {
        List<UnmetNeed> unmet = new ArrayList<>();
        for (Registration r : activeRegistrations()) {
            Needs needs = r.needs();
            if (needs.interpreterLanguage() != null && !plan.provides(needs.interpreterLanguage())) {
                unmet.add(new UnmetNeed(
                        r.participant(),
                        "INTERPRETER",
                        needs.interpreterLanguage().tag()));
            }
            if (needs.childcare() && !plan.venue().creche()) {
                unmet.add(new UnmetNeed(r.participant(), "CHILDCARE", null));
            }
            if (needs.access().contains(AccessNeed.STEP_FREE) && !plan.venue().stepFreeAccess()) {
                unmet.add(new UnmetNeed(r.participant(), AccessNeed.STEP_FREE.name(), null));
            }
        }
        return unmet;
    }

    /**
     * Whether the day-before reminder is due: the session is still on, starts within {@code ahead} of now and
     * nobody was reminded of it yet.
     */
    public boolean isDueForReminder(Instant now, Duration ahead) {
        return status == SessionStatus.SCHEDULED
                && remindedAt == null
                && plan.startsAt().isAfter(now)
                && !plan.startsAt().isAfter(now.plus(ahead));
    }

    /** Marks the reminder sent and answers who holds a place, to be reminded. */
    public List<Registration> remind(Clock clock) {
        remindedAt = now(clock);
        return placesHeld();
    }

    /** Whether the participant's consent ending should cancel their registration here: it is still to come. */
    public boolean isUpcomingFor(ParticipantRef participant, Instant now) {
        return status == SessionStatus.SCHEDULED
                && plan.endsAt().isAfter(now)
                && activeRegistrationOf(participant).isPresent();
    }

    /** Records attendance, by staff or by the participant's check-in with the session's code. */
    public Attendance recordAttendance(RecordAttendance command, Clock clock) {
        ensureNotCancelled("sessionId");
        ensureNotHeld("sessionId");
        if (command.isCheckIn() && !checkInCode.equalsIgnoreCase(command.checkInCode())) {
            throw new RuleBroken("code", "The check-in code is not this session's");
        }
        Registration registration = activeRegistrationOf(command.participant())
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .orElseThrow(() ->
                        new RuleBroken("participantRef", "The participant does not hold a place at this session"));
        if (attendance.stream().anyMatch(a -> a.isFor(command.participant()) && a.paidAt() != null)) {
            throw new RuleBroken("travelExpensesPence", "The participant's travel expenses were already paid");
        }
        Instant now = now(clock);
        Attendance taken = new Attendance(
                registration.participant(),
                command.attended(),
                command.isCheckIn(),
                command.travelExpensesPence(),
                command.receiptSeen(),
                now,
                null);
        attendance.removeIf(a -> a.isFor(command.participant()));
        attendance.add(taken);
        recorded.add(new SessionEvents.AttendanceTaken(id, borough, command.participant(), command.attended(), now));
        return taken;
    }

    /** Closes the session as held, once it has started; its attendance count is final. */
    public void markHeld(Clock clock) {
        ensureNotCancelled("status");
        ensureNotHeld("status");
        Instant now = now(clock);
        if (now.isBefore(plan.startsAt())) {
            throw new RuleBroken("status", "A session cannot be marked held before it starts");
        }
        status = SessionStatus.HELD;
        recorded.add(new SessionEvents.Held(
                id,
                borough,
                plan.type(),
                plan.venue().kind(),
                now,
                attendanceCount(),
                plan.languageTags(),
                plan.interpreterLanguages()));
    }

    /**
     * Removes an erased participant from every registration and attendance row, keeping the rows so the counts
     * stay true. Says whether anything changed.
     */
    public boolean forget(ParticipantRef participant) {
        boolean changed = false;
        for (int i = 0; i < registrations.size(); i++) {
            if (registrations.get(i).isFor(participant)) {
                registrations.set(i, registrations.get(i).anonymised());
                changed = true;
            }
        }
        for (int i = 0; i < attendance.size(); i++) {
            if (attendance.get(i).isFor(participant)) {
                attendance.set(i, attendance.get(i).anonymised());
                changed = true;
            }
        }
        return changed;
    }

    /** Whether this session still happens after {@code now}: scheduled, not yet started. */
    public boolean isAhead(Instant now) {
        return status == SessionStatus.SCHEDULED && plan.startsAt().isAfter(now);
    }

    /** Refuses a change made against a version other than the current one; null means "any version". */
    public void expectVersion(Long expected) {
        if (expected != null && !expected.equals(version)) {
            throw new StaleVersion("session");
        }
    }

    private void promoteFirstWaiting(Instant now) {
        for (int i = 0; i < registrations.size(); i++) {
            Registration waiting = registrations.get(i);
            if (waiting.status() == RegistrationStatus.WAITLISTED) {
                registrations.set(i, waiting.with(RegistrationStatus.REGISTERED));
                recorded.add(new SessionEvents.Promoted(id, borough, waiting.participant(), now));
                return;
            }
        }
    }

    private Optional<Registration> activeRegistrationOf(ParticipantRef participant) {
        return registrations.stream()
                .filter(r -> r.isFor(participant) && r.isActive())
                .findFirst();
    }

    private long placesTaken() {
        return registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .count();
    }

    private void ensureNotCancelled(String field) {
        if (status == SessionStatus.CANCELLED) {
            throw new RuleBroken(field, "The session was cancelled");
        }
    }

    private void ensureNotHeld(String field) {
        if (status == SessionStatus.HELD) {
            throw new RuleBroken(field, "The session was already held");
        }
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private static Instant now(Clock clock) {
        // The store keeps milliseconds; truncating keeps what we answer equal to what we read back.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public int attendanceCount() {
        return (int) attendance.stream().filter(Attendance::attended).count();
    }

    public SessionId id() {
        return id;
    }

    public Borough borough() {
        return borough;
    }

    public SessionPlan plan() {
        return plan;
    }

    public SessionStatus status() {
        return status;
    }

    public String checkInCode() {
        return checkInCode;
    }

    /** The stored version, null before the first save. */
    public Long version() {
        return version;
    }

    public List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    /** Participants holding a place (not waitlisted, not cancelled), in registration order. */
    public List<Registration> placesHeld() {
        return registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED && r.participant() != null)
                .toList();
    }

    /** Registrations still standing (with a place or waiting), of participants not erased. */
    public List<Registration> activeRegistrations() {
        return registrations.stream()
                .filter(r -> r.isActive() && r.participant() != null)
                .toList();
    }

    public List<Attendance> attendance() {
        return List.copyOf(attendance);
    }

    /** The events recorded since this session was scheduled or restored, oldest first. */
    public List<SessionEvents> recordedEvents() {
        return List.copyOf(recorded);
    }

    /** Everything stored about a session, for {@link #restore}. */
    public record SessionState(
            SessionId id,
            Borough borough,
            SessionPlan plan,
            SessionStatus status,
            String checkInCode,
            Long version,
            List<Registration> registrations,
            List<Attendance> attendance,
            Occurrence occurrence,
            Instant remindedAt) {}

    /** The series this session is a meeting of, or null for a session on its own. */
    public Occurrence occurrence() {
        return occurrence;
    }

    /** When the day-before reminder went, or null. */
    public Instant remindedAt() {
        return remindedAt;
    }

    public SessionState state() {
        return new SessionState(
                id, borough, plan, status, checkInCode, version, registrations(), attendance(), occurrence, remindedAt);
    }
}
