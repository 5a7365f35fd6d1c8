package london.sanctuary.engagement.session;

import java.util.Set;
import london.sanctuary.contracts.Language;

/**
 * What a participant needs to take part: an interpreter language (null: none), coded access needs, childcare,
 * and a preferred time of day.
 */
public record Needs(Language interpreterLanguage, Set<AccessNeed> access, boolean childcare, TimeOfDay preferredTime) {

    public Needs {
        access = access == null ? Set.of() : Set.copyOf(access);
        preferredTime = preferredTime == null ? TimeOfDay.ANY : preferredTime;
    }

    public static Needs none() {
        return new Needs(null, Set.of(), false, TimeOfDay.ANY);
    }
}
