package london.sanctuary.platform.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.OptionalLong;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Leases as documents {@code {_id: name, holder, version, expiresAt}} in the collection {@code leases}: renewal
 * and take-over are one {@code findAndModify} each (the store decides who wins), the first take an insert (the
 * {@code _id} decides). Expiry compares the replicas' clocks, so they must agree to well within
 * {@code renewEvery}.
 */
public final class MongoLeases implements Leases {

    static final String COLLECTION = "leases";
    private final MongoTemplate store;
    private final String holder;
    private final LeaseSettings settings;
    private final Clock clock;

    public MongoLeases(MongoTemplate store, String holder, LeaseSettings settings, Clock clock) {
        this.store = store;
        this.holder = holder;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public OptionalLong take(String name) {
        Instant now = clock.instant();
        Date until = Date.from(now.plus(settings.duration()));
        Document renewed = modify(
                Criteria.where("_id")
                        .is(name)
                        .and("holder")
                        .is(holder)
                        .and("expiresAt")
                        .gt(Date.from(now)),
                new Update().set("expiresAt", until));
        if (renewed == null) {
            renewed = modify(
                    Criteria.where("_id").is(name).and("expiresAt").lte(Date.from(now)),
                    new Update().set("holder", holder).set("expiresAt", until).inc("version", 1L));
        }
        if (renewed != null) {
            return OptionalLong.of(((Number) renewed.get("version")).longValue());
        }
        try {
            store.insert(
                    new Document("_id", name)
                            .append("holder", holder)
                            .append("version", 1L)
                            .append("expiresAt", until),
                    COLLECTION);
            return OptionalLong.of(1);
        } catch (DuplicateKeyException held) {
            return OptionalLong.empty();
        }
    }

    @Override
    public boolean holds(String name, long version) {
        return store.exists(
                Query.query(mine(name, version).and("expiresAt").gt(Date.from(clock.instant()))), COLLECTION);
    }

    @Override
    public void release(String name, long version) {
        store.updateFirst(Query.query(mine(name, version)), new Update().set("expiresAt", new Date(0)), COLLECTION);
    }

    @Override
    public Duration duration() {
        return settings.duration();
    }

    @Override
    public Duration renewEvery() {
        return settings.renewEvery();
    }

    private Criteria mine(String name, long version) {
        return Criteria.where("_id")
                .is(name)
                .and("holder")
                .is(holder)
                .and("version")
                .is(version);
    }

    private Document modify(Criteria which, Update update) {
        return store.findAndModify(
                Query.query(which), update, FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
    }
}
