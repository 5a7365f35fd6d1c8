package london.sanctuary.actions.action;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Raise an action from one or more feedback themes, owned by a team, due by a date. */
public record RaiseAction(
        List<ThemeCode> themes, List<UUID> feedbackResponseIds, String title, String ownerTeam, LocalDate dueOn) {

    public RaiseAction {
        if (themes == null || themes.isEmpty()) {
            throw new InvalidValue("themes", "name at least one theme");
        }
        themes = List.copyOf(new LinkedHashSet<>(themes));
        feedbackResponseIds =
                feedbackResponseIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(feedbackResponseIds));
        title = required("title", title, 200);
        ownerTeam = required("ownerTeam", ownerTeam, 120);
        if (dueOn == null) {
            throw new InvalidValue("dueOn", "give the date the action is due, such as 2026-12-31");
        }
    }

    private static String required(String field, String value, int longest) {
        if (value == null || value.isBlank() || value.length() > longest) {
            throw new InvalidValue(field, "must be 1 to " + longest + " characters");
        }
        return value.strip();
    }
}
