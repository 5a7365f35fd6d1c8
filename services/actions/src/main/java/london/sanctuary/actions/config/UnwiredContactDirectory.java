package london.sanctuary.actions.config;

import java.util.Optional;
import java.util.UUID;
import london.sanctuary.actions.loop.ContactDirectory;
import london.sanctuary.contracts.Borough;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TODO (needs the consent service): the REST implementation of {@link ContactDirectory}. The consent service
 * holds contact details encrypted and has no endpoint yet that releases a phone number or email address to
 * another service. When it has one (a service-to-service token with a {@code contact-reader} role, scoped to the
 * borough, answering only while RECONTACT holds), call it here through Resilience4j (timeout, retry, circuit
 * breaker, DESIGN.md §6) and keep nothing. Until then every lookup finds no contact, so the Notify adapter sends
 * nothing and the loop closes with a count of the notices that actually went: zero.
 */
class UnwiredContactDirectory implements ContactDirectory {

    private static final Logger log = LoggerFactory.getLogger(UnwiredContactDirectory.class);

    @Override
    public Optional<Contact> find(Borough borough, UUID participantRef) {
        log.warn("No contact directory is wired yet: a notice in {} was not sent", borough.code());
        return Optional.empty();
    }
}
