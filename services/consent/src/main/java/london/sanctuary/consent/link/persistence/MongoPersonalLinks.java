package london.sanctuary.consent.link.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import london.sanctuary.consent.link.LinkEnded;
import london.sanctuary.consent.link.PersonalLink;
import london.sanctuary.consent.link.PersonalLinks;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Each borough's {@code personal_links}: one document per link, its {@code _id} the hash of the token (never the
 * token), with the person's ref and the link's times. Deleted with the person on erasure.
 */
public class MongoPersonalLinks implements PersonalLinks {

    static final String PERSONAL_LINKS = "personal_links";
    private static final String REF = "participantRef";
    private static final String ENDED_AT = "endedAt";
    private static final String MOVED_TO = "movedTo";
    private final BoroughStores stores;

    public MongoPersonalLinks(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public void save(PersonalLink link) {
        Document document = new Document("_id", link.hash())
                .append(REF, link.participantRef().toString())
                .append("issuedAt", Date.from(link.issuedAt()))
                .append("expiresAt", Date.from(link.expiresAt()))
                .append(ENDED_AT, link.endedAt() == null ? null : Date.from(link.endedAt()))
                .append("ended", link.ended() == null ? null : link.ended().name())
                .append(MOVED_TO, link.movedTo() == null ? null : link.movedTo().code());
        stores.of(link.borough()).save(document, PERSONAL_LINKS);
    }

    @Override
    public Optional<PersonalLink> find(Borough borough, String hash) {
        return Optional.ofNullable(stores.of(borough).findById(hash, Document.class, PERSONAL_LINKS))
                .map(document -> link(borough, document));
    }

    @Override
    public List<PersonalLink> unended(Borough borough, ParticipantRef ref) {
        Query query = Query.query(
                        Criteria.where(REF).is(ref.toString()).and(ENDED_AT).is(null))
                .with(Sort.by(Sort.Direction.DESC, "issuedAt"));
        return stores.of(borough).find(query, Document.class, PERSONAL_LINKS).stream()
                .map(document -> link(borough, document))
                .toList();
    }

    @Override
    public void forget(Borough borough, ParticipantRef ref) {
        stores.of(borough).remove(Query.query(Criteria.where(REF).is(ref.toString())), PERSONAL_LINKS);
    }

    private static PersonalLink link(Borough borough, Document document) {
        String ended = document.getString("ended");
        String movedTo = document.getString(MOVED_TO);
        return new PersonalLink(
                document.getString("_id"),
                ParticipantRef.of(document.getString(REF)),
                borough,
                instant(document.getDate("issuedAt")),
                instant(document.getDate("expiresAt")),
                instant(document.getDate(ENDED_AT)),
                ended == null ? null : LinkEnded.valueOf(ended),
                movedTo == null ? null : Borough.of(movedTo));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
