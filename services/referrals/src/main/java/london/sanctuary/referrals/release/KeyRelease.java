package london.sanctuary.referrals.release;

import java.time.Clock;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.crypto.KeyRegistry;
import london.sanctuary.referrals.outgoing.Sending;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Side;
import london.sanctuary.referrals.referral.UnknownReferral;

/**
 * Releases a referral's data key to its receiving borough and to no one else: another borough asking gets the
 * 404 an unknown referral gets. Released only while the referral is in flight and SHARE_ON_MOVE holds, and the
 * key is still in custody (withdrawal and erasure shred it); else 410.
 */
public final class KeyRelease {

    private final Referrals referrals;
    private final KeyCustody custody;
    private final KeyRegistry registry;
    private final ShareOnMove consent;
    private final Clock clock;

    public KeyRelease(Referrals referrals, KeyCustody custody, KeyRegistry registry, ShareOnMove consent, Clock clock) {
        this.referrals = referrals;
        this.custody = custody;
        this.registry = registry;
        this.consent = consent;
        this.clock = clock;
    }

    /**
     * The data key wrapped for the receiver's public key {@code kid} as its key directory publishes it (null: its
     * current key); a kid it does not publish is refused naming {@code kid}.
     */
    public ReleasedKey release(Borough from, ReferralId id, Borough caller, String kid) {
        Referral referral = referrals
                .find(from, id)
                .filter(r -> r.side() == Side.OUTGOING && r.routing().to().equals(caller))
                .orElseThrow(UnknownReferral::new);
        if (!referral.status().inFlight()
                || !consent.holds(from, referral.routing().participantRef(), clock.instant())) {
            throw new KeyWithheld();
        }
        String keyId = Sending.keyId(referral.routing());
        DataKey key = custody.find(from, keyId).orElseThrow(KeyWithheld::new);
        String wrapped = registry.wrapFor(caller, kid, key)
                .orElseThrow(() -> new InvalidValue("kid", "is not a key " + caller.code() + " publishes"));
        return new ReleasedKey(id, keyId, KeyRegistry.RSA_OAEP_256, wrapped);
    }

    /** The data key wrapped for the receiver's public key, base64. */
    public record ReleasedKey(ReferralId referralId, String keyId, String algorithm, String wrappedKey) {

        @Override
        public String toString() {
            return "ReleasedKey[" + keyId + "]";
        }
    }
}
