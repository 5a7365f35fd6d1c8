package london.sanctuary.referrals.referral.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A referral as one borough stores it in {@code referrals}: routing in clear, the package only sealed, and the
 * events not yet published ({@code outbox}), so a change and its events are one write.
 */
class ReferralDocument {

    @Id
    String id;

    @Version
    Long version;

    String side;
    String fromBorough;
    String toBorough;
    String participantRef;
    Instant sentAt;
    String moveDate;
    Instant respondBy;
    String reason;
    List<String> supportKinds;
    /** Before handovers: the local service's name by item (read, no longer written). */
    Map<String, String> pickups;

    Map<String, HandoverDocument> handovers;
    String status;
    SealedDocument sealed;
    Instant decidedAt;
    String declineReason;
    Instant endedAt;
    boolean overdue;
    NoticeDocument erasureNotice;
    ReceiptDocument erasureReceipt;
    /** The sender's copy: ask the receiving borough which directory services took items on (decision 0045). */
    boolean servicesToLearn;
    /** When the receiving borough was last asked and could not answer; set by itself, cleared by a save. */
    Instant servicesAskedAt;

    List<OutboxEntry> outbox;

    /**
     * A support item's handover: the kind, the directory service's id, name, organisation and public url and phone (on
     * the receiver's copy; on the sender's once the receiver told it), and whether a directory service took it on
     * (null before it was kept: then "has a service id").
     */
    record HandoverDocument(
            String kind,
            String serviceId,
            String service,
            Boolean fromDirectory,
            String organisation,
            String url,
            String phone) {}

    /** The package, AES-GCM: key id, IV and ciphertext in base64. */
    record SealedDocument(String keyId, String iv, String ciphertext) {}

    /** An erasure notice: sent (the sender's copy) or shown as a flag (the receiver's accepted copy). */
    record NoticeDocument(String ground, Instant notifiedAt) {}

    /** The receiver's answer to the notice, on the sender's copy. */
    record ReceiptDocument(String ground, String outcome, Instant acknowledgedAt) {}
}
