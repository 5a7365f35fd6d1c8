package london.sanctuary.contracts.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.SessionType;

/**
 * A session took place, with its attendance and languages.
 *
 * <p>Type {@code london.sanctuary.engagement.session-held.v1}, schema {@code schemas/engagement/session-held.v1.schema.json}.
 * Lists are never null.
 */
public record SessionHeld(
        UUID sessionId,
        Borough borough,
        SessionType sessionType,
        Instant heldAt,
        int attendance,
        List<String> languages,
        List<String> interpreterLanguages)
        implements Contract {
    public SessionHeld {
        languages = languages == null ? List.of() : List.copyOf(languages);
        interpreterLanguages = interpreterLanguages == null ? List.of() : List.copyOf(interpreterLanguages);
    }
}
