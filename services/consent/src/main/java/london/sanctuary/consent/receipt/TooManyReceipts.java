package london.sanctuary.consent.receipt;

import java.time.Duration;
import london.sanctuary.consent.limits.TooOften;

/** The person was e-mailed as many receipts as the window allows: answered 429 with Retry-After, field email. */
public class TooManyReceipts extends TooOften {

    public TooManyReceipts(Duration retryAfter) {
        super(
                "this person has been e-mailed their receipt as often as allowed for now; print the receipt, or try"
                        + " again in " + minutes(retryAfter),
                retryAfter,
                "email");
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
