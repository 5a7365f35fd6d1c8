package london.sanctuary.actions.loop;

import java.util.UUID;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;

/** What one participant is told when an action behind their feedback ends, in the language of {@code text}. */
public record Notice(Borough borough, UUID participantRef, ActionId actionId, Language language, String text) {}
