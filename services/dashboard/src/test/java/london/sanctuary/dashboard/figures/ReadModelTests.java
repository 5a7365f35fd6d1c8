package london.sanctuary.dashboard.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Contract;
import org.junit.jupiter.api.Test;

class ReadModelTests {

    @Test
    void theSameFactDeliveredTwiceCountsOnce() {
        InMemoryCounters counters = new InMemoryCounters();
        ReadModel model = new ReadModel(counters);
        String id = UUID.randomUUID().toString();

        assertThat(model.apply(id, Facts.focusGroup("newham", Facts.MONDAY_W47, 12)))
                .isTrue();
        assertThat(model.apply(id, Facts.focusGroup("newham", Facts.MONDAY_W47, 12)))
                .isFalse();

        assertThat(counters.counts).containsEntry("attendance|newham|2026-W47|FOCUS_GROUP", 12L);
    }

    @Test
    void replayingTheFactsIntoAnEmptyStoreRebuildsTheSameFigures() {
        // given a thousand facts with their event ids, applied once with every tenth redelivered
        List<Contract> facts = Facts.mixed(42, 1000);
        List<String> ids = facts.stream().map(f -> UUID.randomUUID().toString()).toList();
        InMemoryCounters first = new InMemoryCounters();
        ReadModel live = new ReadModel(first);
        for (int i = 0; i < facts.size(); i++) {
            live.apply(ids.get(i), facts.get(i));
            if (i % 10 == 0) {
                live.apply(ids.get(i), facts.get(i));
            }
        }

        // when the topic is replayed from the start into an empty store
        InMemoryCounters replayed = new InMemoryCounters();
        ReadModel replay = new ReadModel(replayed);
        for (int i = 0; i < facts.size(); i++) {
            replay.apply(ids.get(i), facts.get(i));
        }

        // then
        assertThat(replayed.counts).isEqualTo(first.counts).isNotEmpty();
    }
}
