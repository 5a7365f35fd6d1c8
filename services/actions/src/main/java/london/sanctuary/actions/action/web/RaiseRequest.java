package london.sanctuary.actions.action.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.action.RaiseAction;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.contracts.refusal.InvalidValue;

/** The body of raising an action; validated by {@link RaiseAction}. */
record RaiseRequest(
        @Size(max = 20) List<String> themes,
        @Size(max = 1000) List<UUID> feedbackResponseIds,
        String title,
        String ownerTeam,
        LocalDate dueOn) {

    RaiseAction toCommand() {
        if (themes == null) {
            throw new InvalidValue("themes", "name at least one theme");
        }
        return new RaiseAction(
                themes.stream().map(ThemeCode::of).toList(), feedbackResponseIds, title, ownerTeam, dueOn);
    }
}
