package london.sanctuary.consent.link;

import java.time.Instant;
import java.util.Objects;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * One personal link: the hash of its token, whose page it opens, when it was issued, until when it opens, when and
 * why it was ended early, and, for a link ended because the person moved, the borough their support moved to.
 */
public record PersonalLink(
        String hash,
        ParticipantRef participantRef,
        Borough borough,
        Instant issuedAt,
        Instant expiresAt,
        Instant endedAt,
        LinkEnded ended,
        Borough movedTo) {

    public PersonalLink {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(participantRef, "participantRef");
        Objects.requireNonNull(borough, "borough");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a link expires after it is issued");
        }
        if ((endedAt == null) != (ended == null)) {
            throw new IllegalArgumentException("a link ended says when and why");
        }
        if (movedTo != null && ended != LinkEnded.MOVED) {
            throw new IllegalArgumentException("only a link ended by a move says where to");
        }
    }

    public PersonalLink(
            String hash,
            ParticipantRef participantRef,
            Borough borough,
            Instant issuedAt,
            Instant expiresAt,
            Instant endedAt,
            LinkEnded ended) {
        this(hash, participantRef, borough, issuedAt, expiresAt, endedAt, ended, null);
    }

    static PersonalLink issued(LinkToken token, ParticipantRef ref, Borough borough, Instant now, LinkValidity valid) {
        return new PersonalLink(token.hash(), ref, borough, now, now.plus(valid.of(borough)), null, null);
    }

    /** Whether the link opens the person's page at {@code now}: not ended, not expired. */
    public boolean opensAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }

    /** The link ended at {@code now}; a link ended already keeps its first ending. */
    PersonalLink endedAt(Instant now, LinkEnded why) {
        return endedAt != null ? this : new PersonalLink(hash, participantRef, borough, issuedAt, expiresAt, now, why);
    }

    /** The link ended at {@code now} because the person's support moved to {@code to}; an ended one keeps its ending. */
    PersonalLink movedAt(Instant now, Borough to) {
        return endedAt != null
                ? this
                : new PersonalLink(hash, participantRef, borough, issuedAt, expiresAt, now, LinkEnded.MOVED, to);
    }
}
