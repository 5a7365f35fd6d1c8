package london.sanctuary.consent.receipt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A consent receipt (after Kantara Consent Receipt v1.1): who controls the data, under which policy, and each
 * purpose with its state. {@code consentTimestamp} is in seconds since the epoch, as Kantara has it.
 */
public record ConsentReceipt(
        String version,
        String jurisdiction,
        long consentTimestamp,
        String collectionMethod,
        UUID receiptId,
        String language,
        UUID participantRef,
        List<PiiController> piiControllers,
        String policyUrl,
        List<Service> services,
        Instant issuedAt) {

    /** The borough that controls the data, by name and ONS GSS code. */
    public record PiiController(String piiController, String code, String gssCode) {}

    /** A service the participant's consents are for, and its purposes. */
    public record Service(String service, List<Purpose> purposes) {}

    /** One purpose, its legal basis and its state now: ACTIVE, WITHDRAWN or EXPIRED. */
    public record Purpose(
            String purpose,
            UUID consentId,
            String legalBasis,
            String method,
            String language,
            String noticeVersion,
            String status,
            Instant grantedAt,
            Instant expiresAt,
            Instant withdrawnAt) {}
}
