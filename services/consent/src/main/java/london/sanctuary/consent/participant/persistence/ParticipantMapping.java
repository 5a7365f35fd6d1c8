package london.sanctuary.consent.participant.persistence;

import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.BlindIndex;
import london.sanctuary.consent.participant.Confirmation;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.EncryptedProfile;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.WithdrawalMethod;
import london.sanctuary.consent.participant.messaging.ParticipantEventContracts;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;

/** Between the aggregate and its stored document; the document's outbox gets only the newly recorded events. */
final class ParticipantMapping {

    /** What withdrawals on the person's own page stored as their reason before the method had a field. */
    private static final String SELF_ONLINE_BEFORE = "self, online";

    private ParticipantMapping() {}

    static ParticipantDocument toDocument(Participant p) {
        ParticipantDocument d = new ParticipantDocument();
        d.id = p.ref().toString();
        d.version = p.version();
        d.borough = p.borough().code();
        d.enrolledAt = p.enrolledAt();
        d.profile = p.profile().map(ParticipantMapping::profile).orElse(null);
        d.searchIndex = p.index()
                .map(i -> new ParticipantDocument.SearchIndexDocument(i.names(), i.phone()))
                .orElse(null);
        d.consents = p.consents().stream().map(ParticipantMapping::consent).toList();
        d.erased = p.isErased();
        d.erasedAt = p.erasedAt().orElse(null);
        d.transferredFrom = p.transferredFrom().map(Borough::code).orElse(null);
        d.erasureAskedAt = p.erasureAskedAt().orElse(null);
        // The version this write stores (AggregateWrites): 0 for a new participant, else one more than read.
        d.outbox = ParticipantEventContracts.toOutbox(p.recordedEvents(), p.version() == null ? 0 : p.version() + 1);
        return d;
    }

    static Participant toParticipant(ParticipantDocument d) {
        return Participant.restore(
                ParticipantRef.of(d.id),
                Borough.of(d.borough),
                d.enrolledAt,
                d.version,
                d.profile == null ? null : profile(d.profile),
                d.searchIndex == null || d.searchIndex.names() == null
                        ? null
                        : new BlindIndex(d.searchIndex.names(), d.searchIndex.phone()),
                d.consents == null
                        ? List.of()
                        : d.consents.stream().map(ParticipantMapping::consent).toList(),
                d.erasedAt,
                d.transferredFrom == null ? null : Borough.of(d.transferredFrom),
                d.erasureAskedAt);
    }

    private static ParticipantDocument.ProfileDocument profile(EncryptedProfile p) {
        return new ParticipantDocument.ProfileDocument(
                p.name(), p.phone(), p.email(), p.preferredLanguages(), p.accessNeeds());
    }

    private static EncryptedProfile profile(ParticipantDocument.ProfileDocument p) {
        return new EncryptedProfile(p.name(), p.phone(), p.email(), p.preferredLanguages(), p.accessNeeds());
    }

    private static ParticipantDocument.ConsentDocument consent(ConsentRecord c) {
        return new ParticipantDocument.ConsentDocument(
                c.consentId().toString(),
                c.purpose().name(),
                c.controller().code(),
                c.legalBasis().name(),
                c.method().name(),
                c.language().tag(),
                c.noticeVersion(),
                c.recordedBy(),
                c.grantedAt(),
                c.expiresAt(),
                c.toBeReconfirmed(),
                c.withdrawnAt(),
                c.withdrawalReason(),
                c.withdrawalMethod() == null ? null : c.withdrawalMethod().name(),
                c.interpreter() == null ? null : c.interpreter().tag(),
                c.confirmations().stream().map(ParticipantMapping::confirmation).toList());
    }

    private static ParticipantDocument.ConfirmationDocument confirmation(Confirmation c) {
        return new ParticipantDocument.ConfirmationDocument(
                c.method().name(),
                c.language().tag(),
                c.noticeVersion(),
                c.interpreter() == null ? null : c.interpreter().tag(),
                c.confirmedBy(),
                c.confirmedAt());
    }

    private static Confirmation confirmation(ParticipantDocument.ConfirmationDocument c) {
        return new Confirmation(
                ConsentMethod.valueOf(c.method()),
                Language.of(c.language()),
                c.noticeVersion(),
                c.interpreter() == null ? null : Language.of(c.interpreter()),
                c.confirmedBy(),
                c.confirmedAt());
    }

    private static ConsentRecord consent(ParticipantDocument.ConsentDocument c) {
        return new ConsentRecord(
                UUID.fromString(c.consentId()),
                ConsentPurpose.valueOf(c.purpose()),
                Borough.of(c.controller()),
                LegalBasis.valueOf(c.legalBasis()),
                ConsentMethod.valueOf(c.method()),
                Language.of(c.language()),
                c.noticeVersion(),
                c.recordedBy(),
                c.grantedAt(),
                c.expiresAt(),
                c.toBeReconfirmed(),
                c.withdrawnAt(),
                reasonOf(c),
                methodOf(c),
                c.interpreter() == null ? null : Language.of(c.interpreter()),
                c.confirmations() == null
                        ? List.of()
                        : c.confirmations().stream()
                                .map(ParticipantMapping::confirmation)
                                .toList());
    }

    /**
     * How a stored consent was withdrawn. Withdrawals stored before the method had a field of its own said it in the
     * reason: "self, online" for the person's own page (decision 0058), anything else for staff.
     */
    static WithdrawalMethod methodOf(ParticipantDocument.ConsentDocument c) {
        if (c.withdrawalMethod() != null) {
            return WithdrawalMethod.valueOf(c.withdrawalMethod());
        }
        if (c.withdrawnAt() == null) {
            return null;
        }
        return SELF_ONLINE_BEFORE.equals(c.withdrawalReason())
                ? WithdrawalMethod.SELF_ONLINE
                : WithdrawalMethod.RECORDED_BY_STAFF;
    }

    /** The reason as the person gave it: not the method older withdrawals stored in its place. */
    static String reasonOf(ParticipantDocument.ConsentDocument c) {
        return c.withdrawalMethod() == null && SELF_ONLINE_BEFORE.equals(c.withdrawalReason())
                ? null
                : c.withdrawalReason();
    }
}
