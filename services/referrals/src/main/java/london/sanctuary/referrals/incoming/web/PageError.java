package london.sanctuary.referrals.incoming.web;

import java.util.Optional;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;
import london.sanctuary.referrals.incoming.KeyFetcher;
import london.sanctuary.referrals.incoming.Transfers;

/**
 * A refusal from {@code Decisions} as the page shows it in its GOV.UK error summary: the status the API would
 * answer, the id of the element the summary links to, and a sentence for a person. None repeats what was typed.
 *
 * @param field the id of the form's field when the field is at fault, else {@code referral-status}
 */
record PageError(int status, String field, String text) {

    static final String STATUS = "referral-status";

    /** The page's error for this refusal, {@code field} the posting form's input; empty when it is no refusal. */
    static Optional<PageError> of(RuntimeException e, String field) {
        if (e instanceof InvalidValue invalid) {
            return Optional.of(new PageError(400, field, forField(invalid.field())));
        }
        if (e instanceof RuleBroken broken) {
            return Optional.of(new PageError(422, STATUS, broken.getMessage()));
        }
        if (e instanceof StaleVersion) {
            return Optional.of(new PageError(
                    409, STATUS, "Someone changed this referral while you had it open. Check it and try again."));
        }
        if (e instanceof KeyFetcher.SenderUnavailable) {
            return Optional.of(unavailable("The sending borough"));
        }
        if (e instanceof Transfers.ConsentUnavailable) {
            return Optional.of(unavailable("This borough's consent service"));
        }
        return Optional.empty();
    }

    private static String forField(String field) {
        return switch (field) {
            case "reason" -> "Select why you are declining the referral";
            case "localService" -> "Select the local service that takes this support on";
            case "otherService" -> "Enter the service that takes this support on, in 200 characters or fewer";
            default -> "Choose one of the support items listed";
        };
    }

    private static PageError unavailable(String who) {
        return new PageError(503, STATUS, who + " did not answer, so nothing was changed. Try again in a minute.");
    }

    public String href() {
        return "#" + field;
    }
}
