package london.sanctuary.consent.link;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.UnknownParticipant;
import london.sanctuary.consent.safeguarding.Concerns;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * Issues, opens and ends personal links. Issuing a link ends the person's earlier ones; opening answers the same
 * nothing for a token that is unknown, malformed, expired or ended, whichever it is.
 */
public final class LinkDesk {

    private final PersonalLinks links;
    private final ParticipantLookup lookup;
    private final Concerns concerns;
    private final List<Borough> served;
    private final LinkValidity validity;
    private final String publicBaseUrl;
    private final Clock clock;

    public LinkDesk(
            PersonalLinks links,
            ParticipantLookup lookup,
            Concerns concerns,
            List<Borough> served,
            LinkValidity validity,
            String publicBaseUrl,
            Clock clock) {
        this.links = links;
        this.lookup = lookup;
        this.concerns = concerns;
        this.served = List.copyOf(served);
        this.validity = validity;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
    }

    /** A new link for a living participant; their earlier links stop opening. */
    public IssuedLink issue(Borough borough, ParticipantRef ref) {
        IssuedLink issued = prepare(borough, ref);
        replaceEarlier(issued);
        return issued;
    }

    /**
     * A new link, saved, while the earlier ones still open: a link to be texted replaces them only once it is sent
     * ({@link #replaceEarlier}), or is dropped ({@link #drop}), so a text that fails never leaves the person locked
     * out.
     */
    IssuedLink prepare(Borough borough, ParticipantRef ref) {
        lookup.findLive(borough, ref);
        LinkToken token = LinkToken.random();
        PersonalLink link = PersonalLink.issued(token, ref, borough, clock.instant(), validity);
        links.save(link);
        return new IssuedLink(token, link, publicBaseUrl + "/public/me/" + token.value());
    }

    /** The person's links but this new one stop opening. */
    void replaceEarlier(IssuedLink issued) {
        PersonalLink link = issued.link();
        Instant now = clock.instant();
        links.unended(link.borough(), link.participantRef()).stream()
                .filter(earlier -> !earlier.hash().equals(link.hash()))
                .forEach(earlier -> links.save(earlier.endedAt(now, LinkEnded.REPLACED)));
    }

    /** A new link that was never delivered stops opening; the earlier ones are as they were. */
    void drop(IssuedLink issued) {
        links.save(issued.link().endedAt(clock.instant(), LinkEnded.REPLACED));
    }

    /** The link a token opens now, in whichever borough served here issued it; empty whatever the reason. */
    public Optional<PersonalLink> open(String typed) {
        Instant now = clock.instant();
        return stored(typed).filter(link -> link.opensAt(now) && living(link));
    }

    /**
     * The link a token opens if it ended because the person moved to another borough (and is not erased): their page
     * then says so, and names the new council only until the link's own expiry and only if no safeguarding concern
     * was ever raised on them here, for whoever holds a card holds it until then anyway. Any other token, as for
     * {@link #open}, is none.
     */
    public Optional<MovedLink> moved(String typed) {
        Instant now = clock.instant();
        return stored(typed)
                .filter(link -> link.ended() == LinkEnded.MOVED)
                .flatMap(link -> livingHolder(link)
                        .map(person -> new MovedLink(
                                link,
                                person,
                                Optional.ofNullable(link.movedTo())
                                        .filter(to -> now.isBefore(link.expiresAt()))
                                        .filter(to -> concerns.of(link.borough(), link.participantRef())
                                                .isEmpty()))));
    }

    /** The link stored under a token's hash, in whichever borough served here issued it (a 256-bit hash is unique). */
    private Optional<PersonalLink> stored(String typed) {
        return LinkToken.parse(typed)
                .map(LinkToken::hash)
                .flatMap(hash -> served.stream()
                        .map(borough -> links.find(borough, hash))
                        .flatMap(Optional::stream)
                        .findFirst());
    }

    /** An erased person's link opens nothing, exactly as an unknown one, even before the erasure forgot it. */
    private boolean living(PersonalLink link) {
        return livingHolder(link).isPresent();
    }

    private Optional<Participant> livingHolder(PersonalLink link) {
        try {
            return Optional.of(lookup.find(link.borough(), link.participantRef()))
                    .filter(p -> !p.isErased());
        } catch (UnknownParticipant gone) {
            return Optional.empty();
        }
    }

    /** The link by its hash, if it still opens now (the person's page checks it on every request). */
    public Optional<PersonalLink> stillOpen(Borough borough, String hash) {
        Instant now = clock.instant();
        return links.find(borough, hash).filter(link -> link.opensAt(now));
    }

    /** The person's link that opens now, if any (never its token: that is not kept). */
    public Optional<PersonalLink> current(Borough borough, ParticipantRef ref) {
        Instant now = clock.instant();
        return links.unended(borough, ref).stream().filter(l -> l.opensAt(now)).findFirst();
    }

    /** Ends every link of the person that has not ended yet; none is not an error. */
    public void end(Borough borough, ParticipantRef ref, LinkEnded why) {
        Instant now = clock.instant();
        links.unended(borough, ref).forEach(link -> links.save(link.endedAt(now, why)));
    }

    /**
     * The person's support moved to {@code to} (a move-on referral accepted there at {@code acceptedAt}): their links
     * here issued before then stop opening and remember where to. None is not an error; a link ended already keeps
     * its ending, and one issued after the move (they came back) is not this move's, so a move heard again changes
     * nothing.
     */
    public void movedTo(Borough from, ParticipantRef ref, Borough to, Instant acceptedAt) {
        Instant now = clock.instant();
        links.unended(from, ref).stream()
                .filter(link -> !link.issuedAt().isAfter(acceptedAt))
                .forEach(link -> links.save(link.movedAt(now, to)));
    }

    /** The person stops their own link from their page. */
    public void endByThePerson(PersonalLink link) {
        links.save(link.endedAt(clock.instant(), LinkEnded.BY_THE_PERSON));
    }
}
