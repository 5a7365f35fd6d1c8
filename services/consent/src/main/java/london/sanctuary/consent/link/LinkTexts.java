package london.sanctuary.consent.link;

import java.time.Clock;
import java.util.List;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.Profile;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.RuleBroken;

/**
 * Texts a person a new personal link, in their language, only while they hold {@code RECONTACT} and have a phone
 * number on record; the new link ends their earlier ones once it is sent, and a text that cannot be sent leaves them
 * opening.
 */
public final class LinkTexts {

    private final LinkDesk desk;
    private final ParticipantLookup lookup;
    private final LinkPost post;
    private final Clock clock;

    public LinkTexts(LinkDesk desk, ParticipantLookup lookup, LinkPost post, Clock clock) {
        this.desk = desk;
        this.lookup = lookup;
        this.post = post;
        this.clock = clock;
    }

    public IssuedLink text(Borough borough, ParticipantRef ref) {
        Participant participant = lookup.findLive(borough, ref);
        if (!participant.check(ConsentPurpose.RECONTACT, clock).holds()) {
            throw new RuleBroken(
                    "delivery", "The person has not agreed to be contacted (RECONTACT): print a card instead");
        }
        Profile profile = lookup.profileOf(participant);
        if (profile.phone() == null) {
            throw new RuleBroken("delivery", "No phone number is on record: add one, or print a card instead");
        }
        IssuedLink issued = desk.prepare(borough, ref);
        try {
            post.send(borough, profile.phone(), wordedFor(profile.preferredLanguages()), issued.address());
        } catch (RuntimeException notSent) {
            desk.drop(issued);
            throw notSent;
        }
        desk.replaceEarlier(issued);
        return issued;
    }

    /** The first of the person's languages the platform words its pages in, else English. */
    public static Language wordedFor(List<Language> preferred) {
        List<Language> known = Language.known();
        return preferred.stream().filter(known::contains).findFirst().orElse(Language.of("en"));
    }
}
