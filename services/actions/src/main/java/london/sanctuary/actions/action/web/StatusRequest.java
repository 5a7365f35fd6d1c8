package london.sanctuary.actions.action.web;

import jakarta.validation.constraints.Size;
import java.util.Map;
import london.sanctuary.actions.action.Wording;
import london.sanctuary.contracts.ActionStatus;

/** The body of a status change; {@code reason} (text per language, English required) only for NOT_POSSIBLE. */
record StatusRequest(ActionStatus status, @Size(max = 20) Map<String, String> reason) {

    Wording reasonWording() {
        return reason == null ? null : Wording.fromTags("reason", reason);
    }
}
