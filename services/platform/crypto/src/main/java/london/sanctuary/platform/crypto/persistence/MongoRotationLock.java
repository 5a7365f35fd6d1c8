package london.sanctuary.platform.crypto.persistence;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import london.sanctuary.platform.crypto.RotationLock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A lock document ({@code key_rotation_lock}, {@code _id} the service's name) in the service's own database: taken
 * by an upsert that matches only a lock whose time is up, so a second taker meets the unique {@code _id} and fails.
 * The same scheme as ShedLock's MongoDB provider, in one class, usable from the schedule and the endpoint alike.
 */
public class MongoRotationLock implements RotationLock {

    static final String COLLECTION = "key_rotation_lock";
    private final MongoTemplate store;
    private final String name;
    private final Clock clock;

    public MongoRotationLock(MongoTemplate store, String name, Clock clock) {
        this.store = store;
        this.name = name;
        this.clock = clock;
    }

    @Override
    public boolean acquire(String holder, Duration atMost) {
        Date now = Date.from(clock.instant());
        Query free =
                Query.query(Criteria.where("_id").is(name).and("lockedUntil").lte(now));
        Update take = Update.update("lockedUntil", Date.from(clock.instant().plus(atMost)))
                .set("lockedAt", now)
                .set("lockedBy", holder);
        try {
            store.upsert(free, take, COLLECTION);
            return true;
        } catch (DuplicateKeyException held) {
            return false;
        }
    }

    @Override
    public void release(String holder) {
        store.updateFirst(
                Query.query(Criteria.where("_id").is(name).and("lockedBy").is(holder)),
                Update.update("lockedUntil", Date.from(clock.instant())),
                COLLECTION);
    }
}
