package london.sanctuary.engagement.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.StaleVersion;

/**
 * The reminder the day before: each session still on that starts within {@code ahead} and whose reminder has not
 * gone is marked reminded and saved, then everyone holding a place (with RECONTACT) is told. Saved first: a crash
 * between the two loses a reminder, never sends two.
 */
public final class DayBeforeReminders {

    private static final int MOST = 500;
    private final Sessions sessions;
    private final SessionNotifier notifier;
    private final Clock clock;
    private final Duration ahead;

    public DayBeforeReminders(Sessions sessions, SessionNotifier notifier, Clock clock, Duration ahead) {
        this.sessions = sessions;
        this.notifier = notifier;
        this.clock = clock;
        this.ahead = ahead;
    }

    /** Sends the reminders now due in the borough; answers how many sessions were reminded. */
    public int sendDue(Borough borough) {
        Instant now = clock.instant();
        int reminded = 0;
        for (Session session : sessions.startingBetween(borough, now, now.plus(ahead), MOST)) {
            if (session.isDueForReminder(now, ahead)) {
                List<Registration> placed = session.remind(clock);
                try {
                    sessions.save(session);
                } catch (StaleVersion e) {
                    continue; // an officer changed it meanwhile: the next run reads it again
                }
                notifier.tell(session, placed, NoticeKind.SESSION_REMINDER);
                reminded++;
            }
        }
        return reminded;
    }
}
