package london.sanctuary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The relay looks at every tick while events are being written, and once every idle interval otherwise. */
class RelayPaceTests {

    static final long MS = 1_000_000;
    static final OutboxSettings SETTINGS =
            new OutboxSettings(List.of("widgets"), Duration.ofMillis(100), Duration.ofSeconds(1), 0, true);

    @Test
    void aRelayLooksAtEveryTickForTwoIdleIntervalsAfterItStartsThenOnceASecond() {
        // given a relay made at 0 ms
        RelayPace pace = new RelayPace(SETTINGS, 0);

        // when it ticks every 100 ms for 5 s, finding nothing
        List<Long> looks = ticks(pace, 100, 5_000);

        // then it looked at each tick before 2 s (the last at 1.9 s), then a second after each look only
        assertThat(looks).hasSize(19 + 3);
        assertThat(looks.subList(19, 22)).containsExactly(2_900L, 3_900L, 4_900L);
    }

    @Test
    void aWriteThisJvmToldOfMakesAnIdleRelayLookAtEveryTickForTwoSeconds() {
        // given a relay idle since 0 ms
        RelayPace pace = new RelayPace(SETTINGS, -10_000 * MS);
        assertThat(ticks(pace, 100, 1_000)).containsExactly(100L);

        // when this JVM writes events at 1.05 s
        pace.told(1_050 * MS);

        // then it looks at every tick until 3.05 s, then once a second
        assertThat(ticks(pace, 1_100, 4_100))
                .containsExactly(
                        1_100L, 1_200L, 1_300L, 1_400L, 1_500L, 1_600L, 1_700L, 1_800L, 1_900L, 2_000L, 2_100L, 2_200L,
                        2_300L, 2_400L, 2_500L, 2_600L, 2_700L, 2_800L, 2_900L, 3_000L, 4_000L);
    }

    @Test
    void eventsALookFindsKeepTheRelayLookingAtEveryTick() {
        // given an idle relay that looks at 0 ms and finds events another replica wrote
        RelayPace pace = new RelayPace(SETTINGS, -10_000 * MS);
        assertThat(pace.looks(0)).isTrue();
        pace.found(3, 0);

        // then it looks at the next ticks, and a look that finds nothing does not end that
        assertThat(pace.looks(100 * MS)).isTrue();
        pace.found(0, 100 * MS);
        assertThat(pace.looks(200 * MS)).isTrue();
    }

    @Test
    void anIdleIntervalShorterThanTheIntervalIsTheInterval() {
        OutboxSettings settings = new OutboxSettings(List.of(), Duration.ofSeconds(5), Duration.ofSeconds(1), 0, true);
        assertThat(settings.idleInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(new OutboxSettings(List.of(), null, null, 0, true).idleInterval())
                .isEqualTo(Duration.ofSeconds(1));
    }

    /** The ticks from {@code fromMs} to before {@code toMs}, {@code 100 ms} apart, at which the relay looked. */
    private static List<Long> ticks(RelayPace pace, long fromMs, long toMs) {
        return LongStream.iterate(fromMs, t -> t < toMs, t -> t + 100)
                .filter(t -> pace.looks(t * MS))
                .boxed()
                .toList();
    }
}
