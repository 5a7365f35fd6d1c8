package london.sanctuary.consent.participant.persistence;

import java.time.Instant;
import java.util.List;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A participant as stored in {@code participants}: state, consent history and the events not yet published
 * ({@code outbox}, drained by the platform's relay), so that a change and its events are one write.
 */
class ParticipantDocument {

    @Id
    String id;

    @Version
    Long version;

    String borough;
    Instant enrolledAt;
    ProfileDocument profile;
    SearchIndexDocument searchIndex;
    List<ConsentDocument> consents;
    boolean erased;
    Instant erasedAt;
    String transferredFrom;
    /** When the person asked to be erased; null when they have not, or once erased. */
    Instant erasureAskedAt;
    /** When the record last changed; read by the retention review. */
    Instant lastActivityAt;

    List<OutboxEntry> outbox;

    /** The encrypted profile fields, base64 ciphertexts. */
    record ProfileDocument(String name, String phone, String email, String preferredLanguages, String accessNeeds) {}

    /** The blind index beside the profile: keyed hashes of the name's words and of the phone's digits. */
    record SearchIndexDocument(List<String> names, String phone) {}

    /** One confirmation of a consent. */
    record ConfirmationDocument(
            String method,
            String language,
            String noticeVersion,
            String interpreter,
            String confirmedBy,
            Instant confirmedAt) {}

    /** One consent record, enums and tags by name. */
    record ConsentDocument(
            String consentId,
            String purpose,
            String controller,
            String legalBasis,
            String method,
            String language,
            String noticeVersion,
            String recordedBy,
            Instant grantedAt,
            Instant expiresAt,
            boolean toBeReconfirmed,
            Instant withdrawnAt,
            String withdrawalReason,
            String withdrawalMethod,
            String interpreter,
            List<ConfirmationDocument> confirmations) {}
}
