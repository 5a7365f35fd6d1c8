package london.sanctuary.consent.participant;

import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Record that the participant withdrew consent for one purpose, optionally saying why. */
public record WithdrawConsent(ConsentPurpose purpose, String reason) {

    public WithdrawConsent {
        if (purpose == null) {
            throw new InvalidValue("purpose", "is required");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > 200) {
            throw new InvalidValue("reason", "must be at most 200 characters");
        }
    }
}
