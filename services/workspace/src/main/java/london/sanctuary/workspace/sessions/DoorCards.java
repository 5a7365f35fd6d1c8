package london.sanctuary.workspace.sessions;

import java.util.Optional;

/**
 * Whose card is at the door, as the consent service answers with the officer's token (decision 0063; implemented by
 * {@link ConsentDoorCards}): a card counts only while its holder's personal link opens.
 */
public interface DoorCards {

    /**
     * Whose personal-link card this token is, while the link opens and is this borough's; empty for any other card.
     * The token is sent in a request body and kept nowhere.
     */
    Optional<String> holderOf(String borough, String linkToken);

    /** Whether the person holds a personal link that opens now: a typed card code checks them in only then. */
    boolean holdsLiveCard(String borough, String participantRef);
}
