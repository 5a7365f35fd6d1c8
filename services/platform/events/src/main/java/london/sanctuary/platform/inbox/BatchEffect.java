package london.sanctuary.platform.inbox;

import london.sanctuary.contracts.Borough;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * What one event of a batch does, and in which borough's inbox it is recorded ({@link Inbox#each}): an effect run
 * on its own, within the event's consumer span, or an upsert sent with the batch's other upserts of the same
 * borough and collection as one bulk write. An upsert must be safe to repeat for its event (a crash between the
 * bulk write and the inbox's record applies it again on redelivery: decision 0054).
 */
public sealed interface BatchEffect {

    String borough();

    static BatchEffect run(Borough borough, Runnable effect) {
        return new Run(borough.code(), effect);
    }

    static BatchEffect run(String borough, Runnable effect) {
        return new Run(borough, effect);
    }

    static Upsert upsert(Borough borough, String collection, Query query, UpdateDefinition update) {
        return new Upsert(borough.code(), collection, query, update, () -> {});
    }

    /** An effect run on its own, in the event's consumer span. */
    record Run(String borough, Runnable effect) implements BatchEffect {}

    /**
     * One upsert of a bulk write, and what runs once that bulk write is sent, before the event is recorded: nothing,
     * unless {@link #then} says. A failure there delivers the event again, as a failed bulk write would.
     */
    record Upsert(String borough, String collection, Query query, UpdateDefinition update, Runnable written)
            implements BatchEffect {

        /** This upsert, with {@code written} run after its bulk write (decision 0072: asking the ledger again). */
        public Upsert then(Runnable written) {
            return new Upsert(borough, collection, query, update, written);
        }
    }
}
