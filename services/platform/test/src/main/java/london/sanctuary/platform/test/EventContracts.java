package london.sanctuary.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.Schemas;

/**
 * The event-contract check every producer's tests make over the outbox entries its mapping wrote: each entry
 * is valid against its type's schema; an anonymised fact goes to {@value #FACTS_TOPIC} without a subject and
 * names neither the aggregate nor anyone listed; a state goes to its borough's compacted topic keyed by the aggregate's
 * id and what it is the state of ({@code <id>/...}), a tombstone (no data) likewise; every other event goes to the
 * aggregate's borough topic, keyed by the aggregate's id.
 *
 * <p>The entries are the events module's {@code OutboxEntry} records, read by their component names: the test
 * kit sits below the events module (whose own tests use the kit), so it cannot name the type.
 */
public final class EventContracts {

    /** The exchange's topic of anonymised facts. */
    public static final String FACTS_TOPIC = "sanctuary.gla.facts.v1";

    private EventContracts() {}

    /**
     * @param entries the outbox entries, in order
     * @param topic the aggregate's borough topic, e.g. {@code sanctuary.newham.consent.v1}
     * @param aggregateId the aggregate's id: the key of its events, never in a fact
     * @param notInFacts other ids (participants' refs) that no fact may carry either
     */
    public static void assertFollowContracts(
            List<? extends Record> entries, String topic, String aggregateId, String... notInFacts) {
        List<String> hidden = new ArrayList<>(List.of(notInFacts));
        hidden.add(aggregateId);
        for (Record entry : entries) {
            String typeName = read(entry, "type");
            EventType type = EventType.ofType(typeName).orElseThrow();
            if (type.isState()) {
                assertThat(read(entry, "topic")).as(typeName).isEqualTo(type.topic(read(entry, "borough")));
                assertThat(read(entry, "key")).as(typeName).startsWith(aggregateId + "/");
                if (read(entry, "data") != null) {
                    assertThat(Schemas.validate(type, read(entry, "data")))
                            .as(typeName)
                            .isEmpty();
                }
                continue;
            }
            assertThat(Schemas.validate(type, read(entry, "data"))).as(typeName).isEmpty();
            if (type.isFact()) {
                assertThat(read(entry, "topic")).as(typeName).isEqualTo(FACTS_TOPIC);
                assertThat(read(entry, "subject")).as(typeName).isNull();
                assertThat(read(entry, "data") + read(entry, "key"))
                        .as(typeName)
                        .doesNotContain(hidden.toArray(String[]::new));
            } else {
                assertThat(read(entry, "topic")).as(typeName).isEqualTo(topic);
                assertThat(read(entry, "key")).as(typeName).isEqualTo(aggregateId);
            }
        }
    }

    private static String read(Record entry, String component) {
        for (RecordComponent candidate : entry.getClass().getRecordComponents()) {
            if (candidate.getName().equals(component)) {
                try {
                    return (String) candidate.getAccessor().invoke(entry);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(
                            component + " of " + entry.getClass().getSimpleName(), e);
                }
            }
        }
        throw new IllegalArgumentException(entry.getClass().getSimpleName() + " has no " + component);
    }
}
