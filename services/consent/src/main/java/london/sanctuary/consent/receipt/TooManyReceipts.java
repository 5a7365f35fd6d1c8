package london.sanctuary.consent.receipt;

import java.time.Duration;

/** The person was e-mailed as many receipts as the window allows: answered 429 with Retry-After. */
public class TooManyReceipts extends RuntimeException {

    private final Duration retryAfter;

    public TooManyReceipts(Duration retryAfter) {
        super("this person has been e-mailed their receipt as often as allowed for now; print the receipt, or try"
                + " again in " + minutes(retryAfter));
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
