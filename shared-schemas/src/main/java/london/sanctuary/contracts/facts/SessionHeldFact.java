package london.sanctuary.contracts.facts;

import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;

/**
 * Anonymised: a session was held, with attendance and languages.
 *
 * <p>Type {@code london.sanctuary.facts.session-held.v1}, schema {@code schemas/facts/session-held.v1.schema.json}.
 * Lists are never null.
 */
public record SessionHeldFact(
        String borough,
        SessionType sessionType,
        VenueKind venueKind,
        LocalDate heldOn,
        int attendance,
        List<String> languages,
        List<String> interpreterLanguages)
        implements Contract {
    public SessionHeldFact {
        languages = languages == null ? List.of() : List.copyOf(languages);
        interpreterLanguages = interpreterLanguages == null ? List.of() : List.copyOf(interpreterLanguages);
    }
}
