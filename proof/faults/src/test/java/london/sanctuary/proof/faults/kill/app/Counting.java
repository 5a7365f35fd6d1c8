package london.sanctuary.proof.faults.kill.app;

import java.util.function.Consumer;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * The consumer, written as services write theirs: each poll's enrolments from the borough's consent topic applied
 * through the inbox as one batch. Its effect is safe to repeat, as a service's must be (decision 0060): an upsert
 * into {@code enrolments_counted} keyed by the event id, sent with the batch's others in one bulk write, so an event
 * applied twice is still one document; {@code applications} counts how often it was applied, so the proof sees
 * the repeats the crash window let through, and that they changed nothing else.
 */
@Configuration
class Counting {

    static final String COUNTED = "enrolments_counted";

    @Bean
    Consumer<Message<?>> countEnrolments(Inbox inbox, BoroughStores stores) {
        return EventBatches.eachEvent(events -> inbox.each(
                "counting",
                events,
                event -> event.dataAs(ParticipantEnrolled.class)
                        .map(enrolled -> BatchEffect.upsert(
                                enrolled.borough(),
                                COUNTED,
                                Query.query(Criteria.where("_id").is(event.id())),
                                new Update()
                                        .setOnInsert("eventId", event.id())
                                        .setOnInsert("enrolment", event.subject())
                                        .inc("applications", 1)))
                        .orElse(null)));
    }
}
