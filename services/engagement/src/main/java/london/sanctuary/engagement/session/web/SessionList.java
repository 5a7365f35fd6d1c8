package london.sanctuary.engagement.session.web;

import java.time.LocalDate;
import java.util.List;
import london.sanctuary.engagement.session.Session;

/** Sessions starting between two days (London time), without registrations. */
record SessionList(LocalDate from, LocalDate to, List<SessionView> items) {

    static SessionList of(LocalDate from, LocalDate to, List<Session> sessions) {
        return new SessionList(
                from, to, sessions.stream().map(SessionView::publicOf).toList());
    }
}
