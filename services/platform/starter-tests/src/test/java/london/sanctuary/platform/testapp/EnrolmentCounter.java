package london.sanctuary.platform.testapp;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** A consumer as services write them: a batch of CloudEvents, each applied once through the inbox. */
@Configuration
public class EnrolmentCounter {

    /** Enrolments (by participant ref) whose effect waits for their latch: a consumer thread held on purpose. */
    public static final Map<String, CountDownLatch> HELD = new ConcurrentHashMap<>();
    /** The held enrolments whose effect is waiting now. */
    public static final Set<String> WAITING = ConcurrentHashMap.newKeySet();

    @Bean
    Consumer<Message<?>> onConsentEvents(Inbox inbox, BoroughStores stores) {
        return EventBatches.eachEvent(events -> inbox.each(
                "enrolment-counter",
                events,
                event -> event.dataAs(ParticipantEnrolled.class)
                        .map(enrolled -> BatchEffect.run(enrolled.borough(), () -> {
                            hold(enrolled.participantRef().toString());
                            stores.of(enrolled.borough())
                                    .insert(
                                            new Document("eventId", event.id())
                                                    .append(
                                                            "ref",
                                                            enrolled.participantRef()
                                                                    .toString()),
                                            "applied");
                        }))
                        .orElse(null)));
    }

    private static void hold(String ref) {
        CountDownLatch gate = HELD.get(ref);
        if (gate == null) {
            return;
        }
        WAITING.add(ref);
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            WAITING.remove(ref);
        }
    }
}
