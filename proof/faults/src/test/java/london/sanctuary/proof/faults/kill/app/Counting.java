package london.sanctuary.proof.faults.kill.app;

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

/**
 * The consumer, written as services write theirs: each poll's enrolments from the borough's consent topic applied
 * through the inbox as one batch. Its effect is a plain insert into {@code enrolments_counted}, one document per
 * application, so an event applied twice shows as two documents.
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
                        .map(enrolled -> BatchEffect.run(
                                enrolled.borough(),
                                () -> stores.of(enrolled.borough())
                                        .insert(
                                                new Document("eventId", event.id())
                                                        .append("enrolment", event.subject()),
                                                COUNTED)))
                        .orElse(null)));
    }
}
