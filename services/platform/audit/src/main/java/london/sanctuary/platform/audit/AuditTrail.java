package london.sanctuary.platform.audit;

import java.util.List;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Each borough's audit trail: collection {@code audit} of the service's borough database. Entries are only added. */
public class AuditTrail {

    static final String COLLECTION = "audit";
    private final BoroughStores stores;

    public AuditTrail(BoroughStores stores) {
        this.stores = stores;
        stores.forEach((borough, store) -> {
            store.indexOps(COLLECTION).createIndex(new Index().on("at", Sort.Direction.DESC));
            store.indexOps(COLLECTION)
                    .createIndex(
                            new Index().on("participantRef", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        });
    }

    /** Writes the entry; a store that fails fails the caller, so no answer leaves unrecorded (decision 0030). */
    public void record(AuditEntry entry) {
        stores.of(entry.borough()).insert(entry, COLLECTION);
    }

    /** The borough's entries in the period, for one person or everyone, newest first, at most {@code limit}. */
    public List<AuditEntry> find(String borough, Period period, String participantRef, int limit) {
        Criteria criteria = Criteria.where("at").gte(period.from()).lt(period.to());
        if (participantRef != null) {
            criteria = criteria.and("participantRef").is(participantRef);
        }
        Query query =
                Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "at")).limit(limit);
        return stores.of(borough).find(query, AuditEntry.class, COLLECTION);
    }
}
