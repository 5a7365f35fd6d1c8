package london.sanctuary.consent.participant.web;

import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.Profile;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;

/** How to reach a participant who holds RECONTACT now: for another service of the borough, never logged. */
record ContactView(UUID participantRef, String phone, String email, List<String> preferredLanguages) {

    static ContactView of(ParticipantRef ref, Profile profile) {
        return new ContactView(
                ref.value(),
                profile.phone(),
                profile.email(),
                profile.preferredLanguages().stream().map(Language::tag).toList());
    }

    @Override
    public String toString() {
        return "ContactView[personal data hidden]";
    }
}
