package london.sanctuary.platform.lease;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Against a real MongoDB-wire-protocol server: two holders of one lease, each with its own clock. */
class MongoLeasesTests {

    private static final String SWEEP = "erasure-sweep@newham";
    private static final LeaseSettings SETTINGS = new LeaseSettings(Duration.ofSeconds(30), Duration.ofSeconds(10));
    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate store;

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        store = new MongoTemplate(client, "actions_leases");
    }

    @AfterEach
    void stopStore() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void ofTwoHoldersOneWinsAndKeepsTheLeaseByRenewingIt() {
        // given
        MongoLeases a = holder("a", START);
        MongoLeases b = holder("b", START);

        // when
        OptionalLong first = a.take(SWEEP);
        OptionalLong second = b.take(SWEEP);
        OptionalLong renewed = holder("a", START.plusSeconds(20)).take(SWEEP);

        // then
        assertThat(first).hasValue(1);
        assertThat(second).isEmpty();
        assertThat(renewed).hasValue(1);
        assertThat(holder("b", START.plusSeconds(40)).take(SWEEP))
                .as("renewed at 20 s: held to 50 s")
                .isEmpty();
    }

    @Test
    void aLeaseThatExpiresGoesToTheNextHolderAtAHigherVersion() {
        // given
        holder("a", START).take(SWEEP);

        // when a dies without giving it up, and its lease runs out
        OptionalLong taken = holder("b", START.plusSeconds(31)).take(SWEEP);

        // then
        assertThat(taken).hasValue(2);
        assertThat(holder("a", START.plusSeconds(32)).take(SWEEP)).isEmpty();
    }

    @Test
    void aStaleHolderIsFencedItNeitherHoldsNorCanGiveUpTheLeaseAnotherTookOver() {
        // given a paused past its lease, and b took it over
        MongoLeases stale = holder("a", START);
        long version = stale.take(SWEEP).getAsLong();
        MongoLeases b = holder("b", START.plusSeconds(31));
        long taken = b.take(SWEEP).getAsLong();

        // when a wakes up and asks, then gives up what it thinks it has
        boolean stillHeld = holder("a", START.plusSeconds(32)).holds(SWEEP, version);
        holder("a", START.plusSeconds(32)).release(SWEEP, version);

        // then
        assertThat(stillHeld).isFalse();
        assertThat(b.holds(SWEEP, taken)).isTrue();
        assertThat(holder("c", START.plusSeconds(33)).take(SWEEP)).isEmpty();
    }

    @Test
    void aLeaseGivenUpGoesToTheNextHolderAtOnce() {
        // given
        MongoLeases a = holder("a", START);
        long version = a.take(SWEEP).getAsLong();

        // when
        a.release(SWEEP, version);

        // then
        assertThat(holder("b", START.plusSeconds(1)).take(SWEEP)).hasValue(2);
        assertThat(a.holds(SWEEP, version)).isFalse();
    }

    @Test
    void leasesOnDifferentWorkAreHeldApart() {
        assertThat(holder("a", START).take("outbox-relay:newham:actions")).hasValue(1);
        assertThat(holder("b", START).take("outbox-relay:barnet:actions")).hasValue(1);
    }

    private MongoLeases holder(String name, Instant now) {
        return new MongoLeases(store, name, SETTINGS, Clock.fixed(now, ZoneOffset.UTC));
    }
}
