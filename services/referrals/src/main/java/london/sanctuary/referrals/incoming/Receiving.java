package london.sanctuary.referrals.incoming;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;
import london.sanctuary.referrals.referral.Side;

/** What the receiving borough does with the sender's events: takes a referral in, and deletes it when told. */
public final class Receiving {

    private final Referrals referrals;
    private final KeyCustody custody;
    private final ErasureReceipts receipts;
    private final Clock clock;

    public Receiving(Referrals referrals, KeyCustody custody, ErasureReceipts receipts, Clock clock) {
        this.referrals = referrals;
        this.custody = custody;
        this.receipts = receipts;
        this.clock = clock;
    }

    /**
     * Takes a sent referral into the inbox, once: a redelivery finds it there and changes nothing, and a replay
     * after its copy was deleted or erased on an erasure notice finds the receipt and does not bring it back.
     */
    public void received(Routing routing, Instant sentAt, LocalDate moveDate, Instant respondBy, Sealed sealed) {
        if (referrals.find(routing.to(), routing.id()).isPresent() || receipts.erased(routing.to(), routing.id())) {
            return;
        }
        try {
            referrals.save(Referral.receive(routing, sentAt, moveDate, respondBy, sealed, clock));
        } catch (Referrals.AlreadyThere redelivered) {
            // taken in by a concurrent delivery
        }
    }

    /** The sender ended it: the package goes — the sealed copy and any import, whose key is shredded. */
    public void endedBySender(Routing routing, ReferralEnd cause) {
        referrals.change(routing.to(), routing.id(), Side.INCOMING, referral -> {
            if (!referral.endedBySender(cause, clock)) {
                return false;
            }
            custody.shred(routing.to(), Decisions.importKeyId(routing));
            return true;
        });
    }
}
