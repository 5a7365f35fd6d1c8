package london.sanctuary.consent.link.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import london.sanctuary.consent.link.PersonalLink;

/**
 * A personal link as staff see it. {@code address} (the link with its token) only in the answer that issued a card,
 * for the card to print: it is never stored, and never shown again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LinkView(String participantRef, String delivery, Instant issuedAt, Instant expiresAt, String address) {

    static LinkView of(PersonalLink link, String delivery, String address) {
        return new LinkView(link.participantRef().toString(), delivery, link.issuedAt(), link.expiresAt(), address);
    }
}
