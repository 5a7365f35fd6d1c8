package london.sanctuary.consent.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import london.sanctuary.consent.participant.SearchKeys;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.input.RateLimits;
import org.junit.jupiter.api.Test;

/**
 * "Lost your link?" under attack: one number typed again and again, and a flood of numbers, are both held back
 * without the caller seeing any difference (the answer page is the same whatever happens here).
 */
class LostLinksTests {

    private static final Borough NEWHAM = Borough.of("newham");
    private static final SearchKeys KEYS = new SearchKeys(Map.of(NEWHAM, new byte[32]));

    @Test
    void givenANumberTypedMoreOftenThanItsLimitWhenItIsTypedAgainThenNoMoreTextsAreQueuedForItButOthersAre() {
        // given three texts a day per number, counted by the number's keyed hash
        List<Runnable> queued = new ArrayList<>();
        List<String> keysAsked = new ArrayList<>();
        RateLimits perNumber = new RateLimits("test", 3, Duration.ofDays(1), 100);
        LostLinks lost = lostLinks(queued::add, key -> {
            keysAsked.add(key);
            return perNumber.refusal(key).isEmpty();
        });

        // when the same number is typed five times, written two ways, then another number once
        for (int i = 0; i < 5; i++) {
            lost.resend(i % 2 == 0 ? "07700 900123" : "+44 7700 900123");
        }
        lost.resend("07700 900456");

        // then three for the first number, one for the other, and the limit never saw a number
        assertThat(queued).hasSize(4);
        assertThat(keysAsked).hasSize(6).noneMatch(key -> key.contains("900123") || key.contains("7700"));
    }

    @Test
    void givenTheSendingQueueFullWhenAnotherNumberIsTypedThenItIsDroppedQuietlyAndTheQueueStaysBounded()
            throws InterruptedException {
        // given one text being sent (held) and room for one more waiting
        CountDownLatch held = new CountDownLatch(1);
        ThreadPoolExecutor sending = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        sending.execute(() -> {
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        LostLinks lost = lostLinks(sending, key -> true);

        // when many numbers are typed
        // then none is refused with an error (the page answers the same), and no more than one waits
        try {
            for (int i = 0; i < 50; i++) {
                String number = "07700 9" + String.format("%05d", i);
                assertThatCode(() -> lost.resend(number)).doesNotThrowAnyException();
            }
            assertThat(sending.getQueue()).hasSize(1);
        } finally {
            held.countDown();
            sending.shutdownNow();
            sending.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** The store and the texts are never reached here: nothing the queue holds is run. */
    private static LostLinks lostLinks(Executor sending, Predicate<String> mayText) {
        return new LostLinks(null, KEYS, null, List.of(NEWHAM), sending, mayText, Clock.systemUTC());
    }
}
