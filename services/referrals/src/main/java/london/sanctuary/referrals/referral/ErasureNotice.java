package london.sanctuary.referrals.referral;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import london.sanctuary.contracts.ErasureGround;

/**
 * A sending borough's notice that the person of a referral was erased there, or withdrew SHARE_ON_MOVE (UK GDPR
 * art. 17(2), 19): on the sender's copy, the notice it sent; on the receiver's accepted copy, the flag it shows.
 */
public record ErasureNotice(ErasureGround ground, Instant notifiedAt) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));
    private static final String REVIEW = ": review and erase your copy unless you hold it on another lawful basis.";

    public ErasureNotice {
        if (ground == null || notifiedAt == null) {
            throw new IllegalArgumentException("a notice names its ground and when it was sent");
        }
    }

    /** What the receiving team reads on its inbox, its page and the API. Names no one. */
    public String message() {
        String day = DAY.format(notifiedAt);
        return switch (ground) {
            case PARTICIPANT_ERASED -> "The sending borough erased this person on " + day + REVIEW;
            case SHARE_ON_MOVE_WITHDRAWN ->
                "Consent to share this person's record was withdrawn at the sending" + " borough on " + day + REVIEW;
        };
    }

    /** A notice already given covers {@code next}: the same ground again, or anything after an erasure. */
    boolean covers(ErasureGround next) {
        return ground == next || ground == ErasureGround.PARTICIPANT_ERASED;
    }
}
