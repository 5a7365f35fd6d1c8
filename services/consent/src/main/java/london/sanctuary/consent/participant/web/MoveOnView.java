package london.sanctuary.consent.participant.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.Profile;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;

/**
 * What may move with a participant who holds SHARE_ON_MOVE: the profile and the consents in force, in the
 * shape of the referral package's {@code profile} and {@code consents}. For the referrals service; never logged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MoveOnView(UUID participantRef, ProfileView profile, List<ConsentEntryView> consents) {

    static MoveOnView of(Participant participant, Profile profile, Clock clock) {
        return new MoveOnView(
                participant.ref().value(),
                new ProfileView(
                        profile.name(),
                        profile.phone(),
                        profile.email(),
                        profile.preferredLanguages().stream().map(Language::tag).toList(),
                        profile.accessNeeds()),
                participant.consentsInForce(clock).stream()
                        .map(ConsentEntryView::of)
                        .toList());
    }

    @Override
    public String toString() {
        return "MoveOnView[personal data hidden]";
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProfileView(String name, String phone, String email, List<String> preferredLanguages, String accessNeeds) {

        @Override
        public String toString() {
            return "ProfileView[personal data hidden]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConsentEntryView(
            ConsentPurpose purpose,
            ConsentMethod method,
            LegalBasis legalBasis,
            String language,
            String noticeVersion,
            Instant grantedAt,
            Instant expiresAt) {

        static ConsentEntryView of(ConsentRecord c) {
            return new ConsentEntryView(
                    c.purpose(),
                    c.method(),
                    c.legalBasis(),
                    c.language().tag(),
                    c.noticeVersion(),
                    c.grantedAt(),
                    c.expiresAt());
        }
    }
}
