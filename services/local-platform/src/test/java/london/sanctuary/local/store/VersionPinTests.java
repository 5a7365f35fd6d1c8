package london.sanctuary.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan that other writes and a compaction overtake, as the dashboard's summary is overtaken by the facts consumer:
 * the store reclaims chunks the scan still has to read (h2database#4383) unless the version it reads is pinned.
 */
class VersionPinTests {

    private static final int COUNTERS = 200_000;

    @TempDir
    Path dir;

    private MVStore store;
    private MVMap<Integer, String> counters;

    @BeforeEach
    void setUp() {
        store = new MVStore.Builder()
                .fileName(dir.resolve("store.mv").toString())
                .autoCommitDisabled()
                .open();
        store.setRetentionTime(0); // chunks may be reclaimed at once instead of after 45 s
        counters = store.openMap("counters");
        for (int i = 0; i < COUNTERS; i++) {
            counters.put(i, counter(i));
        }
        store.commit();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void aScanReadsEveryCounterWhileTheStoreMovesOnWhenItsVersionIsPinned() {
        // given
        try (VersionPin pin = VersionPin.hold(store)) {
            Iterator<Map.Entry<Integer, String>> scan = counters.entrySet().iterator();
            scan.next();

            // when
            overtake();

            // then
            int read = 1;
            while (scan.hasNext()) {
                assertThat(scan.next().getValue()).isEqualTo(counter(read));
                read++;
            }
            assertThat(read).isEqualTo(COUNTERS);
            assertThat(pin.oldestKept()).isLessThan(store.getCurrentVersion());
        }
    }

    @Test
    void withoutThePinTheSameScanMeetsAReclaimedChunk() {
        // given
        Iterator<Map.Entry<Integer, String>> scan = counters.entrySet().iterator();
        scan.next();

        // when
        overtake();

        // then: the day H2 fixes its bug this fails, and VersionPin can go
        assertThatThrownBy(() -> scan.forEachRemaining(entry -> {}))
                .isInstanceOf(MVStoreException.class)
                .hasMessageContaining("not found");
    }

    /** A counter document's size, near enough: the pages it fills are what the store reclaims. */
    private static String counter(int i) {
        return "counter " + i + " " + "x".repeat(50);
    }

    /** Every counter rewritten, ten versions on, then the store compacted. */
    private void overtake() {
        for (int version = 0; version < 10; version++) {
            for (int i = 0; i < COUNTERS; i++) {
                counters.put(i, counter(i) + " in version " + version);
            }
            store.commit();
        }
        store.compact(90, 16 * 1024 * 1024);
        store.commit();
    }
}
