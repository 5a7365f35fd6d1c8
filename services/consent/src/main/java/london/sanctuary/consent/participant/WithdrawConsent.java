package london.sanctuary.consent.participant;

import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Record that the participant withdrew consent for one purpose, optionally saying why, and how it was withdrawn. */
public record WithdrawConsent(ConsentPurpose purpose, String reason, WithdrawalMethod method) {

    /** Withdrawn as staff record it, on the person's word. */
    public WithdrawConsent(ConsentPurpose purpose, String reason) {
        this(purpose, reason, WithdrawalMethod.RECORDED_BY_STAFF);
    }

    public WithdrawConsent {
        if (purpose == null) {
            throw new InvalidValue("purpose", "is required");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        method = method == null ? WithdrawalMethod.RECORDED_BY_STAFF : method;
        if (reason != null && reason.length() > 200) {
            throw new InvalidValue("reason", "must be at most 200 characters");
        }
    }
}
