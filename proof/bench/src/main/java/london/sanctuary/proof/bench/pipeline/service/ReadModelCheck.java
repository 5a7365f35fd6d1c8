package london.sanctuary.proof.bench.pipeline.service;

import london.sanctuary.platform.store.BoroughStores;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** What must hold after a run, read back from the store: every event once in effect, nothing left to publish. */
public final class ReadModelCheck {

    private ReadModelCheck() {}

    /** Fails loudly unless the read model holds exactly {@code events} effects, each applied once. */
    public static void exactlyOnce(BoroughStores stores, int events) {
        long[] effects = {0};
        long[] repeated = {0};
        long[] unpublished = {0};
        stores.forEach((borough, store) -> {
            effects[0] += store.count(new Query(), GrantEffects.COLLECTION);
            repeated[0] += store.count(Query.query(Criteria.where("applied").ne(1)), GrantEffects.COLLECTION);
            unpublished[0] +=
                    store.count(Query.query(Criteria.where("outbox.0").exists(true)), ConsentGrants.COLLECTION);
        });
        if (effects[0] != events || repeated[0] != 0 || unpublished[0] != 0) {
            throw new IllegalStateException(String.format(
                    "Not exactly once: %d events written, %d distinct effects, %d applied more than once,"
                            + " %d aggregates with unpublished events",
                    events, effects[0], repeated[0], unpublished[0]));
        }
    }
}
