package london.sanctuary.actions.quote;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Words of a person heard, picked by staff to show beside an action on the public board, in the language they were
 * written in. The participantRef is kept only so the quote can go the moment their consent does; it is never shown.
 */
public record Quote(
        ActionId actionId,
        UUID responseId,
        UUID participantRef,
        Language language,
        String text,
        String pickedBy,
        Instant pickedAt) {

    static final int LONGEST = 1000;

    public Quote {
        if (responseId == null) {
            throw new InvalidValue("responseId", "name the response the quote comes from");
        }
        if (language == null) {
            throw new InvalidValue("language", "give the language the quote is written in");
        }
        if (text == null || text.isBlank() || text.length() > LONGEST) {
            throw new InvalidValue("text", "must be 1 to " + LONGEST + " characters");
        }
        text = text.strip();
    }
}
