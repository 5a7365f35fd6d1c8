package london.sanctuary.engagement.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionPlan;
import london.sanctuary.engagement.session.SessionStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A borough's sessions as an iCalendar feed, built only from the plans: registrations, attendance and the check-in
 * code never reach it. A session on its own is a VEVENT (UID {@code <sessionId>@sanctuary.london}); a recurring
 * series is one VEVENT with its RRULE (UID the series id, which is its first meeting's id) from its earliest meeting
 * in the feed, with an EXDATE per cancelled meeting and a VEVENT with RECURRENCE-ID per meeting moved to another
 * time. The feed is in one language ({@code ?lang=}): SUMMARY is the title in it where the session has one, else
 * the English title, with LANGUAGE saying which (RFC 5545); DESCRIPTION ({@link EventText}), worded in the feed's
 * language where it has a bundle ({@link CalendarWording}, LANGUAGE likewise), gives the session's type, the title
 * in the session's other languages, the description, access and interpreters; LOCATION the venue's name.
 */
public final class PublicCalendar {

    static final String UID_DOMAIN = "@sanctuary.london";

    private PublicCalendar() {}

    /** The feed in {@code language}: titles where the sessions have them, the description's words where worded. */
    public static String of(
            Borough borough, List<Session> sessions, Instant stamp, london.sanctuary.contracts.Language language) {
        CalendarWording wording = CalendarWording.in(language);
        Calendar calendar = calendar(borough);
        Map<String, List<Session>> series = new LinkedHashMap<>();
        for (Session session : sessions) {
            if (session.occurrence() != null) {
                series.computeIfAbsent(session.occurrence().seriesId().toString(), k -> new ArrayList<>())
                        .add(session);
            } else if (session.status() != SessionStatus.CANCELLED) {
                calendar.add(event(
                        wording,
                        session,
                        session.plan().startsAt(),
                        session.id().toString(),
                        stamp,
                        session.plan().recurrence() != null));
            }
        }
        series.forEach(
                (id, meetings) -> seriesEvents(wording, id, meetings, stamp).forEach(calendar::add));
        return written(calendar);
    }

    /**
     * One session on its own, for a person to add to their phone's calendar: one VEVENT at this meeting's time (UID
     * the session's id, no RRULE even for a meeting of a series), worded as the feed is.
     */
    public static String ofSession(Session session, Instant stamp, london.sanctuary.contracts.Language language) {
        Calendar calendar = calendar(session.borough());
        calendar.add(event(
                CalendarWording.in(language),
                session,
                session.plan().startsAt(),
                session.id().toString(),
                stamp,
                false));
        return written(calendar);
    }

    /** A feed's language from {@code ?lang=}: {@code en} when absent; a malformed tag is a 400 naming {@code lang}. */
    public static london.sanctuary.contracts.Language language(String lang) {
        if (lang == null || lang.isBlank()) {
            return london.sanctuary.contracts.Language.of("en");
        }
        try {
            return london.sanctuary.contracts.Language.of(lang.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("lang", "is not a language tag (BCP 47, e.g. ar or zh-Hans)");
        }
    }

    private static Calendar calendar(Borough borough) {
        return new Calendar()
                .withProdId("-//Sanctuary Exchange//Engagement sessions " + borough.code() + "//EN")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
    }

    private static String written(Calendar calendar) {
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

    private static List<VEvent> seriesEvents(
            CalendarWording wording, String seriesId, List<Session> meetings, Instant stamp) {
        List<Session> byDue = meetings.stream()
                .sorted(Comparator.comparing(s -> s.occurrence().due()))
                .toList();
        Session first = byDue.get(0);
        Instant due = first.occurrence().due();
        VEvent master = event(wording, first, due, seriesId, stamp, first.plan().recurrence() != null);
        List<Instant> cancelled = byDue.stream()
                .filter(s -> s.status() == SessionStatus.CANCELLED)
                .map(s -> s.occurrence().due())
                .toList();
        if (!cancelled.isEmpty()) {
            master.add(new ExDate<>(new DateList<>(cancelled)));
        }
        List<VEvent> events = new ArrayList<>(List.of(master));
        byDue.stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED)
                .filter(s -> !s.plan().startsAt().equals(s.occurrence().due()))
                .forEach(moved -> {
                    VEvent override = event(wording, moved, moved.plan().startsAt(), seriesId, stamp, false);
                    override.add(new RecurrenceId<>(moved.occurrence().due()));
                    events.add(override);
                });
        return events;
    }

    private static VEvent event(
            CalendarWording wording, Session session, Instant start, String uid, Instant stamp, boolean recurring) {
        SessionPlan plan = session.plan();
        Duration length = Duration.between(plan.startsAt(), plan.endsAt());
        String titleLanguage =
                plan.title().byLanguage().containsKey(wording.language().tag())
                        ? wording.language().tag()
                        : "en";
        String title = plan.title().byLanguage().get(titleLanguage);
        VEvent event = new VEvent(start, start.plus(length), title);
        event.replace(new Summary(new ParameterList(List.of(new Language(titleLanguage))), title));
        event.replace(new DtStamp(stamp));
        event.add(new Uid(uid + UID_DOMAIN));
        event.add(new Location(plan.venue().name()));
        event.add(new Description(
                new ParameterList(List.of(new Language(wording.language().tag()))),
                EventText.describe(plan, wording, titleLanguage)));
        if (recurring) {
            event.add(new RRule<>(plan.recurrence().rule()));
        }
        return event;
    }
}
