package london.sanctuary.proof.faults.recovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.Topics;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.facts.FeedbackThemedFact;
import london.sanctuary.contracts.facts.SessionHeldFact;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Plays the boroughs' outbox relays on {@code sanctuary.gla.facts.v1}: anonymised facts as the services
 * publish them, and malformed records that carry a made-up person's name, phone and email, as a broken
 * or hostile producer might send them.
 */
final class FactStream implements AutoCloseable {

    static final String TOPIC = Topics.GLA_FACTS;
    private static final String[] BOROUGHS = {"newham", "barnet", "lambeth", "hackney", "croydon"};
    private static final String[] THEMES = {"housing", "food", "transport", "health"};

    private final Relay relay = new Relay();
    private final Random random = new Random(20261201L);

    /** A made-up person whose details must never reach a log line. */
    record Person(String name, String phone, String email) {
        static Person number(int i) {
            return new Person(
                    "Leyla Testperson" + i, "07700 9" + String.format("%05d", i), "leyla" + i + "@example.org");
        }

        List<String> details() {
            return List.of(name, phone, email);
        }
    }

    /** Publishes one good fact; answers its event id. */
    String fact() {
        String borough = BOROUGHS[random.nextInt(BOROUGHS.length)];
        LocalDate on = LocalDate.now().minusDays(random.nextInt(120));
        Contract fact = random.nextBoolean()
                ? new SessionHeldFact(
                        borough,
                        SessionType.values()[random.nextInt(SessionType.values().length)],
                        VenueKind.TRUSTED_COMMUNITY_SPACE,
                        on,
                        1 + random.nextInt(30),
                        List.of("ar", "en"),
                        List.of())
                : new FeedbackThemedFact(borough, THEMES[random.nextInt(THEMES.length)], on);
        OutboxEntry entry = OutboxEntry.fact(fact, borough, Instant.now());
        relay.send(CloudEventRecords.toRecord(entry, "proof"));
        return entry.eventId();
    }

    List<String> facts(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(fact());
        }
        return ids;
    }

    /**
     * Publishes a malformed record keyed {@code key}, one of three kinds in turn: not a CloudEvent at all,
     * a fact whose data breaks its contract, an event of a type no contract knows. Each carries the person.
     */
    void malformed(String key, int kind, Person person) {
        String details = "{\"name\":\"%s\",\"phone\":\"%s\",\"email\":\"%s\"}"
                .formatted(person.name(), person.phone(), person.email());
        switch (kind % 3) {
            case 0 -> relay.send(new ProducerRecord<>(TOPIC, key, details.getBytes(StandardCharsets.UTF_8)));
            case 1 -> relay.send(event(key, EventType.of(SessionHeldFact.class).type(), brokenSession(person)));
            default -> relay.send(event(key, "london.sanctuary.facts.person-noted.v1", details));
        }
    }

    private static String brokenSession(Person person) {
        return "{\"borough\":\"newham\",\"sessionType\":\"WORKSHOP\",\"venueKind\":\"COUNCIL_BUILDING\","
                + "\"heldOn\":\"2026-11-20\",\"attendance\":\"%s %s %s\",\"languages\":[],\"interpreterLanguages\":[]}"
                        .formatted(person.name(), person.phone(), person.email());
    }

    private static ProducerRecord<String, byte[]> event(String key, String type, String data) {
        OutboxEntry entry = new OutboxEntry(
                UUID.randomUUID().toString(), type, TOPIC, key, null, "newham", Instant.now(), data, null);
        return CloudEventRecords.toRecord(entry, "proof");
    }

    /** Waits until the broker has acknowledged everything sent so far. */
    void flush() throws Exception {
        relay.flush();
    }

    @Override
    public void close() {
        relay.close();
    }
}
