package london.sanctuary.consent.receipt;

import java.time.Clock;
import java.time.Duration;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.Profile;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.RuleBroken;

/**
 * Emails a participant their consent receipt, in its language, to the address on their profile. A receipt of
 * their own consent is a record they are owed, not a contact for our purposes, so it needs no RECONTACT; it
 * needs a live participant (404, 410 once erased) and an email address (422 {@code email} otherwise). So that
 * nobody's inbox is flooded, each person is e-mailed at most a few receipts within a window ({@link ReceiptSends});
 * one more is refused ({@link TooManyReceipts}, 429) before anything reaches Notify.
 */
public final class ReceiptMail {

    private final Receipts receipts;
    private final ParticipantLookup lookup;
    private final ReceiptPost post;
    private final ReceiptSends sends;
    private final Clock clock;

    public ReceiptMail(Receipts receipts, ParticipantLookup lookup, ReceiptPost post, ReceiptSends sends, Clock clock) {
        this.receipts = receipts;
        this.lookup = lookup;
        this.post = post;
        this.sends = sends;
        this.clock = clock;
    }

    /** Sends the receipt and answers it (without the address). */
    public ConsentReceipt send(Borough borough, ParticipantRef ref) {
        Participant participant = lookup.findLive(borough, ref);
        Profile profile = lookup.profileOf(participant);
        if (profile.email() == null) {
            throw new RuleBroken(
                    "email", "there is no e-mail address on this person's record; add one, or print the receipt");
        }
        ConsentReceipt receipt = receipts.issue(borough, ref);
        sends.claim(borough, ref, clock.instant()).ifPresent(freeAt -> {
            throw new TooManyReceipts(Duration.between(clock.instant(), freeAt));
        });
        post.send(participant, receipt, profile.email(), ReceiptText.of(receipt));
        return receipt;
    }
}
