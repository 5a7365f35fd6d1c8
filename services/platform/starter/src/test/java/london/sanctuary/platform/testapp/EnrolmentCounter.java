package london.sanctuary.platform.testapp;

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

/** A consumer as services write them: read the CloudEvent, apply it once through the inbox. */
@Configuration
class EnrolmentCounter {

    @Bean
    Consumer<Message<byte[]>> onConsentEvents(Inbox inbox, BoroughStores stores) {
        return message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            event.dataAs(ParticipantEnrolled.class)
                    .ifPresent(enrolled -> inbox.once(
                            enrolled.borough(),
                            "enrolment-counter",
                            event,
                            () -> stores.of(enrolled.borough())
                                    .insert(
                                            new Document("eventId", event.id())
                                                    .append(
                                                            "ref",
                                                            enrolled.participantRef()
                                                                    .toString()),
                                            "applied")));
        };
    }
}
