package london.sanctuary.consent.link;

import java.util.Optional;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.contracts.Borough;

/**
 * An old link of a person whose support moved to another borough, the person as read to check they are not erased
 * (their page is in their language), and the borough its page may name: the new one until the link's own expiry, none
 * once it expired or for a person a safeguarding concern was raised on (decision 0069).
 */
public record MovedLink(PersonalLink link, Participant holder, Optional<Borough> saysWhere) {}
