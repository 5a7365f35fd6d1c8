package london.sanctuary.engagement.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.ConsentPurpose;

/**
 * Tells participants about a session: only those who hold RECONTACT now hear from us, each in their interpreter
 * language, or English. The one place that rule is kept.
 */
public final class SessionNotifier {

    private final Consents consents;
    private final SessionNotices notices;
    private final Clock clock;

    public SessionNotifier(Consents consents, SessionNotices notices, Clock clock) {
        this.consents = consents;
        this.notices = notices;
        this.clock = clock;
    }

    /** Everyone still registered or waiting. */
    public void tellEveryone(Session session, NoticeKind kind) {
        tell(session, session.activeRegistrations(), kind);
    }

    /** Those given a place from the waitlist by the change just saved (by an officer, or by a place freeing up). */
    public void tellPromoted(Session session) {
        List<Registration> promoted = session.recordedEvents().stream()
                .filter(SessionEvents.Promoted.class::isInstance)
                .map(e -> ((SessionEvents.Promoted) e).participant())
                .flatMap(p -> session.activeRegistrations().stream().filter(r -> r.isFor(p)))
                .toList();
        tell(session, promoted, NoticeKind.WAITLIST_PROMOTED);
    }

    public void tell(Session session, List<Registration> registrations, NoticeKind kind) {
        Instant now = clock.instant();
        for (Registration registration : registrations) {
            if (consents.holds(session.borough(), registration.participant(), ConsentPurpose.RECONTACT, now)) {
                String language = registration.needs().interpreterLanguage() == null
                        ? "en"
                        : registration.needs().interpreterLanguage().tag();
                notices.send(
                        session.borough(),
                        new SessionNotice(
                                registration.participant(),
                                kind,
                                session.id(),
                                language,
                                now,
                                about(session, language)));
            }
        }
    }

    private static SessionNotice.About about(Session session, String language) {
        SessionPlan plan = session.plan();
        String title =
                plan.title().byLanguage().getOrDefault(language, plan.title().english());
        return new SessionNotice.About(title, plan.startsAt(), plan.venue().name());
    }
}
