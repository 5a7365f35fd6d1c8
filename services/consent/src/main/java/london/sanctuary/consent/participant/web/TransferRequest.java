package london.sanctuary.consent.participant.web;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import london.sanctuary.consent.participant.GrantConsent;
import london.sanctuary.consent.participant.Profile;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/** The body of a transfer: the receiving borough's referrals service hands over what the package carried. */
record TransferRequest(
        String participantRef,
        String transferredFrom,
        ProfileBody profile,
        @Size(max = 20) List<ConsentBody> consents) {

    ParticipantRef ref() {
        if (participantRef == null) {
            throw new InvalidValue("participantRef", "is required");
        }
        return ParticipantRef.of(participantRef);
    }

    Borough from() {
        if (transferredFrom == null || !Borough.isKnown(transferredFrom)) {
            throw new InvalidValue("transferredFrom", "must be a London borough code such as newham");
        }
        return Borough.of(transferredFrom);
    }

    Profile toProfile() {
        if (profile == null) {
            throw new InvalidValue("profile", "is required");
        }
        return Profile.of(
                profile.name(), profile.phone(), profile.email(), profile.preferredLanguages(), profile.accessNeeds());
    }

    List<GrantConsent> grants(Borough from) {
        if (consents == null) {
            return List.of();
        }
        return consents.stream().map(c -> c.toGrant(from)).toList();
    }

    @Override
    public String toString() {
        return "TransferRequest[personal data hidden]";
    }

    record ProfileBody(String name, String phone, String email, List<String> preferredLanguages, String accessNeeds) {

        @Override
        public String toString() {
            return "ProfileBody[personal data hidden]";
        }
    }

    record ConsentBody(
            ConsentPurpose purpose,
            ConsentMethod method,
            LegalBasis legalBasis,
            String language,
            String noticeVersion,
            Instant grantedAt,
            Instant expiresAt) {

        GrantConsent toGrant(Borough from) {
            Language tag;
            try {
                tag = language == null ? null : Language.of(language);
            } catch (IllegalArgumentException e) {
                throw new InvalidValue("consents.language", "must be a language tag such as ar");
            }
            return new GrantConsent(
                    purpose, legalBasis, method, tag, noticeVersion, expiresAt, "transfer from " + from.code());
        }
    }
}
