package london.sanctuary.platform.notify;

import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;

/**
 * The directory when contact lookup is off (the service's consent URL unset): it finds nobody, so the
 * Notify adapter sends nothing and the loop closes with a count of zero.
 */
public final class NoContacts implements ContactDirectory {

    @Override
    public Optional<Contact> find(Borough borough, UUID participantRef) {
        return Optional.empty();
    }
}
