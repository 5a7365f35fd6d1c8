package london.sanctuary.workspace.people;

import java.time.Instant;
import java.util.List;

/** A person's consent receipt as the consent service issues it (Kantara style), to print. No contact details. */
public record Receipt(
        String receiptId,
        String participantRef,
        String language,
        String controller,
        String gssCode,
        String policyUrl,
        String collectionMethod,
        Instant issuedAt,
        List<Purpose> purposes) {

    /** One purpose and its state now: ACTIVE, WITHDRAWN or EXPIRED. */
    public record Purpose(
            String purpose,
            String legalBasis,
            String method,
            String noticeVersion,
            String status,
            Instant grantedAt,
            Instant withdrawnAt) {}
}
