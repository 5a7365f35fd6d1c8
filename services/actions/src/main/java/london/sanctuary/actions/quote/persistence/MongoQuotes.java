package london.sanctuary.actions.quote.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.actions.quote.Quote;
import london.sanctuary.actions.quote.Quotes;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Quotes in each borough's {@code quotes} collection, keyed by action and response. */
public class MongoQuotes implements Quotes {

    public static final String COLLECTION = "quotes";
    private final BoroughStores stores;

    public MongoQuotes(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public void save(Borough borough, Quote q) {
        stores.of(borough)
                .save(
                        new QuoteDocument(
                                q.actionId() + "/" + q.responseId(),
                                q.actionId().toString(),
                                q.responseId().toString(),
                                q.participantRef().toString(),
                                q.language().tag(),
                                q.text(),
                                q.pickedBy(),
                                q.pickedAt()),
                        COLLECTION);
    }

    @Override
    public List<Quote> of(Borough borough, ActionId actionId) {
        Query query =
                Query.query(Criteria.where("actionId").is(actionId.toString())).with(Sort.by("pickedAt"));
        return stores.of(borough).find(query, QuoteDocument.class, COLLECTION).stream()
                .map(d -> new Quote(
                        ActionId.parse(d.actionId()),
                        UUID.fromString(d.responseId()),
                        UUID.fromString(d.participantRef()),
                        Language.of(d.language()),
                        d.text(),
                        d.pickedBy(),
                        d.pickedAt()))
                .toList();
    }

    @Override
    public boolean remove(Borough borough, ActionId actionId, UUID responseId) {
        return stores.of(borough)
                        .remove(Query.query(Criteria.where("_id").is(actionId + "/" + responseId)), COLLECTION)
                        .getDeletedCount()
                > 0;
    }

    @Override
    public void forget(Borough borough, UUID participantRef) {
        stores.of(borough)
                .remove(Query.query(Criteria.where("participantRef").is(participantRef.toString())), COLLECTION);
    }

    /** One quote as stored. */
    record QuoteDocument(
            @Id String id,
            String actionId,
            String responseId,
            String participantRef,
            String language,
            String text,
            String pickedBy,
            Instant pickedAt) {}
}
