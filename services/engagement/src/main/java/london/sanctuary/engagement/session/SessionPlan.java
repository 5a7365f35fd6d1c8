package london.sanctuary.engagement.session;

import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.refusal.InvalidValue;

/** What a session is: type, texts, time, venue, capacity, languages, interpreters, compensation, facilitators. */
public record SessionPlan(
        SessionType type,
        Texts title,
        Texts description,
        Instant startsAt,
        Instant endsAt,
        Recurrence recurrence,
        Venue venue,
        int capacity,
        List<Language> languages,
        List<Interpreter> interpreters,
        Compensation compensation,
        List<String> facilitators) {

    public SessionPlan {
        if (type == null) {
            throw new InvalidValue("type", "is required");
        }
        if (title == null) {
            throw new InvalidValue("title", "needs an English (en) text");
        }
        if (venue == null) {
            throw new InvalidValue("venue", "is required");
        }
        Schedule.check(startsAt, endsAt);
        if (capacity < 1 || capacity > 1000) {
            throw new InvalidValue("capacity", "must be from 1 to 1000");
        }
        if (languages == null || languages.isEmpty()) {
            throw new InvalidValue("languages", "name at least one language the session is run in");
        }
        languages = languages.stream().distinct().toList();
        interpreters = interpreters == null ? List.of() : List.copyOf(interpreters);
        compensation = compensation == null ? Compensation.none() : compensation;
        facilitators = Facilitators.check(facilitators);
    }

    /** The same session at another time. */
    SessionPlan at(Instant newStart, Instant newEnd) {
        return new SessionPlan(
                type,
                title,
                description,
                newStart,
                newEnd,
                recurrence,
                venue,
                capacity,
                languages,
                interpreters,
                compensation,
                facilitators);
    }

    /** Whether someone who speaks {@code language} can take part: the session is run in it or interprets it. */
    public boolean provides(Language language) {
        return languages.contains(language)
                || interpreters.stream().anyMatch(i -> i.language().equals(language));
    }

    /** The interpreters' languages, each once. */
    public List<String> interpreterLanguages() {
        return interpreters.stream().map(i -> i.language().tag()).distinct().toList();
    }

    public List<String> languageTags() {
        return languages.stream().map(Language::tag).toList();
    }
}
