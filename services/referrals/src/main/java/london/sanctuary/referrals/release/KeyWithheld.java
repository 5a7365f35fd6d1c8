package london.sanctuary.referrals.release;

/**
 * The key is not released and never will be: the referral ended, consent was withdrawn or the person erased.
 * Answered 410, the same whichever of these it was.
 */
public class KeyWithheld extends RuntimeException {

    public KeyWithheld() {
        super("The key of this referral is no longer released");
    }
}
