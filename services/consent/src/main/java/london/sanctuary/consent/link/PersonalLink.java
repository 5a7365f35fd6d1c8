package london.sanctuary.consent.link;

import java.time.Instant;
import java.util.Objects;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/**
 * One personal link: the hash of its token, whose page it opens, when it was issued, until when it opens, and when
 * and why it was ended early.
 */
public record PersonalLink(
        String hash,
        ParticipantRef participantRef,
        Borough borough,
        Instant issuedAt,
        Instant expiresAt,
        Instant endedAt,
        LinkEnded ended) {

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
}
