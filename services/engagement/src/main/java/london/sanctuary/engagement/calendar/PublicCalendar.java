package london.sanctuary.engagement.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionPlan;
import london.sanctuary.engagement.session.SessionStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A borough's sessions as an iCalendar feed: one VEVENT per session not cancelled, with its RRULE when it
 * recurs, UID {@code <sessionId>@sanctuary.london}, SUMMARY the English title, LOCATION the venue's name.
 * Built only from the plan: registrations, attendance and the check-in code never reach it.
 */
public final class PublicCalendar {

    static final String UID_DOMAIN = "@sanctuary.london";

    private PublicCalendar() {}

    public static String of(Borough borough, List<Session> sessions, Instant stamp) {
        Calendar calendar = new Calendar()
                .withProdId("-//Sanctuary Exchange//Engagement sessions " + borough.code() + "//EN")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        for (Session session : sessions) {
            if (session.status() != SessionStatus.CANCELLED) {
                calendar.add(event(session, stamp));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar did not validate", e);
        }
        return out.toString();
    }

    private static VEvent event(Session session, Instant stamp) {
        SessionPlan plan = session.plan();
        VEvent event = new VEvent(plan.startsAt(), plan.endsAt(), plan.title().english());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(session.id() + UID_DOMAIN));
        event.add(new Location(plan.venue().name()));
        if (plan.recurrence() != null) {
            event.add(new RRule<>(plan.recurrence().rule()));
        }
        return event;
    }
}
