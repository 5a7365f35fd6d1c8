package london.sanctuary.consent.link.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session as the person's page shows it: its title in each language it has one, time, place, the languages it is
 * run in, interpreters booked, step-free access and a creche, travel expenses and food, whether every place is
 * taken, and the person's own status ({@code REGISTERED}, {@code WAITLISTED}, or null: not signed up).
 */
public record OpenSession(
        String sessionId,
        String type,
        Map<String, String> title,
        Instant startsAt,
        Instant endsAt,
        Venue venue,
        List<String> languages,
        List<Interpreter> interpreters,
        Compensation compensation,
        int capacity,
        long placesTaken,
        String yourStatus) {

    public OpenSession {
        title = title == null ? Map.of() : Map.copyOf(title);
        languages = languages == null ? List.of() : List.copyOf(languages);
        interpreters = interpreters == null ? List.of() : List.copyOf(interpreters);
        compensation = compensation == null ? new Compensation(false, false) : compensation;
    }

    /** The title in {@code tag} where the session has one, else the English title. */
    public String titleIn(String tag) {
        return title.getOrDefault(tag, title.get("en"));
    }

    public boolean full() {
        return placesTaken >= capacity;
    }

    public boolean placed() {
        return "REGISTERED".equals(yourStatus);
    }

    public boolean waiting() {
        return "WAITLISTED".equals(yourStatus);
    }

    public boolean signedUp() {
        return yourStatus != null;
    }

    public record Venue(String name, String address, boolean stepFreeAccess, boolean creche) {}

    public record Interpreter(String language, String dialect, boolean bsl) {}

    public record Compensation(boolean travelExpenses, boolean food) {}
}
