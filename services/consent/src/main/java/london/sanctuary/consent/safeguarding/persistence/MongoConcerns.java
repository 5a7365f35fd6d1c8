package london.sanctuary.consent.safeguarding.persistence;

import java.util.List;
import java.util.Optional;
import london.sanctuary.consent.safeguarding.Concern;
import london.sanctuary.consent.safeguarding.ConcernId;
import london.sanctuary.consent.safeguarding.Concerns;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.Conflict;
import london.sanctuary.platform.problem.PageLimit;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Concerns in each borough's {@code concerns} collection; a closure is written only over an open concern. */
public class MongoConcerns implements Concerns {

    static final String COLLECTION = "concerns";
    private final BoroughStores stores;

    public MongoConcerns(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public void add(Concern concern) {
        stores.of(concern.borough()).insert(ConcernDocument.of(concern), COLLECTION);
    }

    @Override
    public void saveClosure(Concern concern) {
        ConcernDocument d = ConcernDocument.of(concern);
        Update closure = Update.update("open", false)
                .set("actionTaken", d.actionTaken)
                .set("closedBy", d.closedBy)
                .set("closedByName", d.closedByName)
                .set("closedAt", d.closedAt);
        Query stillOpen = Query.query(Criteria.where("_id").is(d.id).and("open").is(true));
        if (stores.of(concern.borough())
                        .updateFirst(stillOpen, closure, COLLECTION)
                        .getMatchedCount()
                == 0) {
            throw new Conflict("This concern is already closed");
        }
    }

    @Override
    public Optional<Concern> find(Borough borough, ConcernId id) {
        return Optional.ofNullable(stores.of(borough).findById(id.toString(), ConcernDocument.class, COLLECTION))
                .map(ConcernDocument::toConcern);
    }

    @Override
    public List<Concern> list(Borough borough, boolean open, int limit) {
        Sort order = open ? Sort.by("raisedAt", "_id") : Sort.by(Sort.Direction.DESC, "closedAt", "_id");
        Query query = Query.query(Criteria.where("open").is(open)).with(order).limit(limit);
        return stores.of(borough).find(query, ConcernDocument.class, COLLECTION).stream()
                .map(ConcernDocument::toConcern)
                .toList();
    }

    @Override
    public List<Concern> of(Borough borough, ParticipantRef ref) {
        Query query = Query.query(Criteria.where("participantRef").is(ref.toString()))
                .with(Sort.by(Sort.Direction.DESC, "raisedAt", "_id"))
                .limit(PageLimit.MAX);
        return stores.of(borough).find(query, ConcernDocument.class, COLLECTION).stream()
                .map(ConcernDocument::toConcern)
                .toList();
    }
}
