package london.sanctuary.consent.participant.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.Profile;
import london.sanctuary.contracts.Language;

/** A participant's decrypted profile and consent history, for borough officers and, on their own page, the person. */
public record ParticipantView(
        UUID participantRef,
        String borough,
        Instant enrolledAt,
        String name,
        String phone,
        String email,
        List<String> preferredLanguages,
        String accessNeeds,
        List<ConsentView> consents,
        long version) {

    public static ParticipantView of(Participant p, Profile profile) {
        return of(p, profile, p.version());
    }

    /** After a change, at the version it was stored at. */
    static ParticipantView of(Participant p, Profile profile, long version) {
        return new ParticipantView(
                p.ref().value(),
                p.borough().code(),
                p.enrolledAt(),
                profile.name(),
                profile.phone(),
                profile.email(),
                profile.preferredLanguages().stream().map(Language::tag).toList(),
                profile.accessNeeds(),
                p.consents().stream().map(ConsentView::of).toList(),
                version);
    }

    @Override
    public String toString() {
        return "ParticipantView[personal data hidden]";
    }
}
