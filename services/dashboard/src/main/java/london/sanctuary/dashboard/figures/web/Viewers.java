package london.sanctuary.dashboard.figures.web;

import java.util.Optional;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees what: a GLA analyst ({@code analyst}, no borough) sees London by borough; a borough officer
 * ({@code officer}) sees their own borough beside the rest of London and London, and may not narrow to
 * another borough. Anyone else is refused.
 */
final class Viewers {

    private Viewers() {}

    static View of(Caller caller, FindCounts query) {
        if (caller.roles().contains("analyst") && caller.borough() == null) {
            return View.london();
        }
        if (caller.roles().contains("officer") && caller.borough() != null) {
            Optional<String> asked = query.borough();
            if (asked.isPresent() && !asked.get().equals(caller.borough())) {
                throw new InvalidValue("borough", "a borough officer sees their own borough beside London");
            }
            return View.beside(caller.borough());
        }
        throw new AccessDeniedException("The dashboard is for GLA analysts and borough officers");
    }
}
