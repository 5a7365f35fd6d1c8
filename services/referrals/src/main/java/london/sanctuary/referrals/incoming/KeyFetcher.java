package london.sanctuary.referrals.incoming;

import london.sanctuary.referrals.referral.Routing;

/** Asks the sending borough's referrals service for a referral's data key, wrapped for the receiver's public key. */
public interface KeyFetcher {

    /** The wrapped key, base64. */
    String fetch(Routing routing);

    /** The sender is down, slow or failing, even after retries: acceptance waits, nothing is lost. */
    class SenderUnavailable extends RuntimeException {

        public SenderUnavailable(String detail) {
            super(detail);
        }
    }

    /** The sender will not release the key (the referral ended, consent withdrawn, erased, or not ours). */
    class KeyRefused extends RuntimeException {

        public KeyRefused(String detail) {
            super(detail);
        }
    }
}
