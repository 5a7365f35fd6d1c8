package london.sanctuary.actions.action.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import london.sanctuary.actions.action.Wording;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * The body of completing an action: DONE or NOT_POSSIBLE, the statement per language (English required), and the
 * review date (six months on when absent).
 */
record CompletionRequest(
        ActionStatus outcome, @Size(max = 20) Map<String, String> statement, LocalDate reviewOn) {

    ActionStatus requiredOutcome() {
        if (outcome == null) {
            throw new InvalidValue("outcome", "must be DONE or NOT_POSSIBLE");
        }
        return outcome;
    }

    Wording wording() {
        return Wording.fromTags("statement", statement);
    }
}
