package london.sanctuary.engagement.session;

import java.time.Clock;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.StaleVersion;

/**
 * Acts when a participant's consent to take part ends (the configuration hands it to the platform's consent ledger). Withdrawing PARTICIPATE cancels their registrations for sessions still
 * to come (a freed place goes to the waitlist). Erasure does that and also removes their participantRef from
 * every registration and attendance row and from the record of notices sent, past ones included, keeping the rows so counts stay true.
 * Each step is safe to repeat: a save that raced an officer's edit is tried again, and past a few tries fails, and
 * the platform's consent listener (platform-consent) tells it again.
 */
public final class RegistrationEndings {

    private static final int ATTEMPTS = 5;
    private final Sessions sessions;
    private final SessionNotices notices;
    private final SessionNotifier notifier;
    private final Clock clock;

    public RegistrationEndings(Sessions sessions, SessionNotices notices, SessionNotifier notifier, Clock clock) {
        this.sessions = sessions;
        this.notices = notices;
        this.notifier = notifier;
        this.clock = clock;
    }

    public void participationEnded(Borough borough, ParticipantRef participant) {
        for (Session found : sessions.involving(borough, participant)) {
            applying(borough, found.id(), session -> {
                if (!session.isUpcomingFor(participant, clock.instant())) {
                    return false;
                }
                session.cancelRegistration(participant, clock);
                return true;
            });
        }
    }

    public void erased(Borough borough, ParticipantRef participant) {
        participationEnded(borough, participant);
        for (Session found : sessions.involving(borough, participant)) {
            applying(borough, found.id(), session -> session.forget(participant));
        }
        notices.forget(borough, participant);
    }

    /**
     * Reads the session afresh and saves the change; a save raced by an officer's edit ({@link StaleVersion}) reads
     * and tries again, a few times, then throws, and the platform's consent listener calls again.
     */
    private void applying(Borough borough, SessionId id, Change change) {
        for (int attempt = 1; ; attempt++) {
            Session session = sessions.find(borough, id).orElse(null);
            if (session == null || !change.applyTo(session)) {
                return;
            }
            try {
                sessions.save(session);
            } catch (StaleVersion raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
                continue;
            }
            notifier.tellPromoted(session);
            return;
        }
    }

    @FunctionalInterface
    private interface Change {
        boolean applyTo(Session session);
    }
}
