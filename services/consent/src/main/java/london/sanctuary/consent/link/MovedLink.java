package london.sanctuary.consent.link;

import java.util.Optional;
import london.sanctuary.contracts.Borough;

/**
 * An old link of a person whose support moved to another borough, and the borough its page may name: the new one
 * until the link's own expiry, none once it expired or for a person a safeguarding concern was raised on (decision
 * 0069).
 */
public record MovedLink(PersonalLink link, Optional<Borough> saysWhere) {}
