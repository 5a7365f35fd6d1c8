package london.sanctuary.referrals.outgoing;

import java.util.Map;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.Routing;

/**
 * Asks the receiving borough's referrals service, as the sending borough, which directory services took a
 * referral's support items on (decision 0045): a point-to-point call, never the retained exchange topic.
 */
public interface ReceiverHandovers {

    /** The receiver's handovers by item: a directory service's id, name and contact, or just "another service". */
    Map<Integer, Pickup> ask(Routing routing);

    /**
     * The receiver is down, slow or failing, even after retries, or refused other than with a 404 (it does not trust
     * our issuer yet, we have no token): asked again at the next check, nothing is lost.
     */
    class ReceiverUnavailable extends RuntimeException {

        public ReceiverUnavailable(String detail) {
            super(detail);
        }
    }

    /** The receiver answered 404: it no longer holds the referral (erased, deleted) or this is not its sender. */
    class NotTold extends RuntimeException {

        public NotTold(String detail) {
            super(detail);
        }
    }
}
