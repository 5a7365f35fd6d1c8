package london.sanctuary.contracts.referrals;

import java.time.Instant;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.LegalBasis;

/** A consent in force at the sending borough, carried so the receiver knows what was agreed. Nullable: {@code expiresAt}. */
public record ConsentEntry(
        ConsentPurpose purpose,
        ConsentMethod method,
        LegalBasis legalBasis,
        String language,
        String noticeVersion,
        Instant grantedAt,
        Instant expiresAt) {}
