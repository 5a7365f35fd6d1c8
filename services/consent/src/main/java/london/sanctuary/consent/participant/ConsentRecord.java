package london.sanctuary.consent.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;

/**
 * One grant of consent for one purpose, aligned with FHIR Consent and the Kantara consent receipt. Records are
 * never deleted: a withdrawal adds {@code withdrawnAt} to its grant, a new grant is a new record.
 *
 * @param toBeReconfirmed verbal consent, or consent carried over from another borough, not yet confirmed again
 * @param withdrawalReason free text, so it is dropped on erasure and never published
 * @param withdrawalMethod how it was withdrawn (null while it holds); kept on erasure
 * @param interpreter the language an interpreter interpreted in, null when none was present
 * @param confirmations each time the person confirmed this consent again, oldest first
 */
public record ConsentRecord(
        UUID consentId,
        ConsentPurpose purpose,
        Borough controller,
        LegalBasis legalBasis,
        ConsentMethod method,
        Language language,
        String noticeVersion,
        String recordedBy,
        Instant grantedAt,
        Instant expiresAt,
        boolean toBeReconfirmed,
        Instant withdrawnAt,
        String withdrawalReason,
        WithdrawalMethod withdrawalMethod,
        Language interpreter,
        List<Confirmation> confirmations) {

    public ConsentRecord {
        confirmations = confirmations == null ? List.of() : List.copyOf(confirmations);
        if (consentId == null || purpose == null || controller == null || legalBasis == null || method == null) {
            throw new IllegalArgumentException("a consent record names its id, purpose, controller, basis and method");
        }
        if (language == null || noticeVersion == null || recordedBy == null || grantedAt == null) {
            throw new IllegalArgumentException("a consent record names its language, notice, recorder and time");
        }
    }

    static ConsentRecord granted(Borough controller, GrantConsent command, Instant now) {
        boolean verbal =
                command.method() == ConsentMethod.VERBAL || command.method() == ConsentMethod.VERBAL_WITH_INTERPRETER;
        return new ConsentRecord(
                UUID.randomUUID(),
                command.purpose(),
                controller,
                command.legalBasis(),
                command.method(),
                command.language(),
                command.noticeVersion(),
                command.recordedBy(),
                now,
                command.expiresAt(),
                verbal,
                null,
                null,
                null,
                command.interpreter(),
                List.of());
    }

    /**
     * A consent the person gave another borough, recorded here on their transfer: the same purpose, basis, method,
     * language, notice and expiry, granted here now, and to be re-confirmed at first contact.
     */
    static ConsentRecord transferred(Borough controller, GrantConsent command, Instant now) {
        return new ConsentRecord(
                UUID.randomUUID(),
                command.purpose(),
                controller,
                command.legalBasis(),
                command.method(),
                command.language(),
                command.noticeVersion(),
                command.recordedBy(),
                now,
                command.expiresAt(),
                true,
                null,
                null,
                null,
                command.interpreter(),
                List.of());
    }

    /** Whether this grant is in force at {@code now}: not withdrawn and not expired. */
    public boolean holdsAt(Instant now) {
        return withdrawnAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    ConsentRecord withdrawn(Instant at, String reason, WithdrawalMethod how) {
        return new ConsentRecord(
                consentId,
                purpose,
                controller,
                legalBasis,
                method,
                language,
                noticeVersion,
                recordedBy,
                grantedAt,
                expiresAt,
                toBeReconfirmed,
                at,
                reason,
                how,
                interpreter,
                confirmations);
    }

    ConsentRecord confirmed(Confirmation confirmation) {
        List<Confirmation> all = new ArrayList<>(confirmations);
        all.add(confirmation);
        return new ConsentRecord(
                consentId,
                purpose,
                controller,
                legalBasis,
                method,
                language,
                noticeVersion,
                recordedBy,
                grantedAt,
                expiresAt,
                false,
                withdrawnAt,
                withdrawalReason,
                withdrawalMethod,
                interpreter,
                all);
    }

    ConsentRecord withoutReason() {
        return withdrawn(withdrawnAt, null, withdrawalMethod);
    }
}
