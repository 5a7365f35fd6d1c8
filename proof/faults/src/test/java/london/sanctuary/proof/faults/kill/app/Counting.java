package london.sanctuary.proof.faults.kill.app;

import java.util.function.Consumer;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The consumer, written as services write theirs: each enrolment read from the borough's consent topic
 * is applied through the inbox. Its effect is a plain insert into {@code enrolments_counted}, one
 * document per application, so an event applied twice shows as two documents.
 */
@Configuration
class Counting {

    static final String COUNTED = "enrolments_counted";

    @Bean
    Consumer<Message<byte[]>> countEnrolments(Inbox inbox, BoroughStores stores) {
        return message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            event.dataAs(ParticipantEnrolled.class)
                    .ifPresent(enrolled -> inbox.once(
                            enrolled.borough(),
                            "counting",
                            event,
                            () -> stores.of(enrolled.borough())
                                    .insert(
                                            new Document("eventId", event.id()).append("enrolment", event.subject()),
                                            COUNTED)));
        };
    }
}
