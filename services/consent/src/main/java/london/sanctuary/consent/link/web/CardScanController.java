package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import london.sanctuary.consent.link.LinkDesk;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * At the door, an officer's workspace asks whose personal-link card was scanned (decision 0063): the token comes in
 * the body, never the path, and is neither kept nor logged; the answer is the holder's reference while the link opens
 * and is this borough's, else the same 404 whatever the reason (ended, expired, replaced, erased, another borough's).
 * Each officer may ask a limited number of times a period ({@link DoorScanLimit}): past it, 429 with Retry-After.
 */
@RestController
class CardScanController {

    private final LinkDesk desk;
    private final DoorScanLimit limit;

    CardScanController(LinkDesk desk, DoorScanLimit limit) {
        this.desk = desk;
        this.limit = limit;
    }

    @Audited(value = "personal-link.scanned", participant = "participantRef")
    @PostMapping("/api/boroughs/{borough}/personal-links/holder")
    ResponseEntity<CardHolder> holder(
            @PathVariable String borough, @RequestBody ScannedCard scanned, HttpServletRequest request) {
        limit.take(Caller.requireAnyOf(Role.OFFICER), request);
        Borough scoped = Borough.of(borough);
        CardHolder holder = desk.open(scanned.required())
                .filter(link -> link.borough().equals(scoped))
                .map(link -> new CardHolder(link.participantRef().toString()))
                .orElseThrow(() -> new NotFound("Personal link"));
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(holder);
    }

    /** The token read from a card's QR code. */
    record ScannedCard(String token) {

        String required() {
            if (token == null || token.isBlank()) {
                throw new InvalidValue("token", "is required");
            }
            return token;
        }

        @Override
        public String toString() {
            return "ScannedCard[hidden]";
        }
    }

    /** Whose card it is. */
    record CardHolder(String participantRef) {}
}
