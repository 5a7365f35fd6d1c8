package london.sanctuary.engagement.calendar.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.engagement.calendar.PublicCalendar;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.platform.borough.ServedBoroughs;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /public/boroughs/{borough}/sessions.ics}: no login, so calendar apps can subscribe. Sessions
 * starting from 30 days ago to a year ahead; a borough this instance does not serve is not found. {@code ?lang=}
 * (a BCP 47 tag, default {@code en}) words the feed in that language where it can; a malformed tag is a 400 naming
 * {@code lang}.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final Duration BEHIND = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(366);
    private static final int MOST = 500;

    private final SessionDesk desk;
    private final ServedBoroughs served;
    private final Clock clock;

    CalendarController(SessionDesk desk, ServedBoroughs served, Clock clock) {
        this.desk = desk;
        this.served = served;
        this.clock = clock;
    }

    @GetMapping("/public/boroughs/{borough}/sessions.ics")
    ResponseEntity<String> feed(@PathVariable String borough, @RequestParam(required = false) String lang) {
        if (!served.serves(borough)) {
            throw new NotFound("Borough");
        }
        Language language = PublicCalendar.language(lang);
        Borough scoped = Borough.of(borough);
        Instant now = clock.instant();
        String ics = PublicCalendar.of(
                scoped, desk.startingBetween(scoped, now.minus(BEHIND), now.plus(AHEAD), MOST), now, language);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(ics);
    }
}
