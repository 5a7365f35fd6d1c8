package london.sanctuary.referrals.release.web;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.referrals.referral.UnknownReferral;
import london.sanctuary.referrals.referral.web.ExchangeCaller;
import london.sanctuary.referrals.release.KeyRelease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key release, cross-borough by nature: the caller is the <em>receiving</em> borough, so the path names the
 * sending borough as {@code {fromBorough}}, not {@code {borough}} — the platform's borough scope would answer 404
 * to any token but the sender's own. Instead: this instance must serve {@code fromBorough}, the caller must be a
 * borough's service client, and that borough must be the referral's receiver; anything else is the same 404.
 */
@RestController
class KeyReleaseController {

    private static final Logger log = LoggerFactory.getLogger(KeyReleaseController.class);

    private final KeyRelease release;
    private final ServedBoroughs served;

    KeyReleaseController(KeyRelease release, ServedBoroughs served) {
        this.release = release;
        this.served = served;
    }

    @PostMapping("/api/exchange/{fromBorough}/referrals/{referralId}/key-release")
    KeyRelease.ReleasedKey release(
            @PathVariable String fromBorough,
            @PathVariable String referralId,
            @RequestParam(required = false) String kid) {
        Borough caller = ExchangeCaller.borough();
        if (!served.serves(fromBorough)) {
            throw new NotFound("Borough");
        }
        KeyRelease.ReleasedKey key = release.release(
                Borough.of(fromBorough),
                UnknownReferral.idFrom(referralId),
                caller,
                kid == null || kid.isBlank() ? null : kid);
        log.info("Released the key of referral {} from {} to {}", referralId, fromBorough, caller.code());
        return key;
    }
}
