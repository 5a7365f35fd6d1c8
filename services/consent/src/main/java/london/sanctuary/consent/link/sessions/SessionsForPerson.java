package london.sanctuary.consent.link.sessions;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;

/**
 * The engagement service as the person's page needs it, for one person at a time (the ref is the opened link's,
 * never the browser's). A session not open to them is {@link NotOpen}; a refusal naming a field is {@link Refused};
 * engagement down, slow or its circuit open is {@link Unavailable}.
 */
public interface SessionsForPerson {

    /** The sessions still to come in the borough that the person may join, and their own status in each. */
    List<OpenSession> openTo(Borough borough, ParticipantRef person);

    /** A place for the person, or a place on the waitlist when the session is full. */
    OpenSession signUp(Borough borough, ParticipantRef person, String sessionId);

    /** Ends the person's registration (a freed place goes to the first waiting). */
    OpenSession cancel(Borough borough, ParticipantRef person, String sessionId);

    /** One session as an iCalendar file, worded in {@code language} where the calendar has the words. */
    String calendar(Borough borough, ParticipantRef person, String sessionId, Language language);

    /** The session is unknown, or not open to the person (cancelled, held, started): the page's usual 404. */
    final class NotOpen extends RuntimeException {

        public NotOpen() {
            super("session not open");
        }
    }

    /** Engagement refused, naming the field (e.g. {@code participantRef}: no consent heard yet, or already on it). */
    final class Refused extends RuntimeException {

        private final String field;

        public Refused(String field) {
            super("refused: " + field);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Engagement cannot answer just now. */
    final class Unavailable extends RuntimeException {

        public Unavailable(String detail) {
            super(detail);
        }
    }
}
