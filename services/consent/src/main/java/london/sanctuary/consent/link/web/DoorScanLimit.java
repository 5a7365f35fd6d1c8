package london.sanctuary.consent.link.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.OptionalLong;
import london.sanctuary.consent.limits.TooOften;
import london.sanctuary.platform.input.RateLimits;
import london.sanctuary.platform.input.ThrottleRefusals;
import london.sanctuary.platform.security.Caller;

/**
 * How often one officer may ask whose card was scanned (decision 0066): a card's holder is a person's reference, so a
 * stolen or scripted officer's token must not turn the door into a way of trying tokens. Kept per officer (their
 * borough and subject) in memory; refusals counted in {@code sanctuary_door_scan_refusals_total}, by method only.
 */
public final class DoorScanLimit {

    private final RateLimits perOfficer;
    private final ThrottleRefusals refusals;

    public DoorScanLimit(int scans, Duration period, MeterRegistry registry) {
        this.perOfficer = new RateLimits("door-scan-officer", scans, period, 10_000);
        this.refusals = new ThrottleRefusals(
                registry, "sanctuary.door.scan.refusals", "Card scans at the door refused by the per-officer limit");
    }

    /** Takes one scan for the calling officer, or refuses with {@link TooManyScans} (429). */
    void take(Caller officer, HttpServletRequest request) {
        OptionalLong wait = perOfficer.refusal(officer.borough() + "/" + officer.id());
        if (wait.isPresent()) {
            refusals.count(request);
            throw new TooManyScans(Duration.ofSeconds(wait.getAsLong()));
        }
    }

    /** One officer scanned more cards than the limit allows: 429 with Retry-After. */
    static final class TooManyScans extends TooOften {

        TooManyScans(Duration retryAfter) {
            super("too many cards scanned by this officer for now; wait, then scan again", retryAfter, null);
        }
    }
}
