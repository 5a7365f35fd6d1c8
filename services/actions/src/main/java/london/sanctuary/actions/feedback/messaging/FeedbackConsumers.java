package london.sanctuary.actions.feedback.messaging;

import java.util.function.Consumer;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code onFeedbackEvents}: keeps the projection of heard feedback from the feedback service's topic, each event
 * applied once through the inbox. Other feedback events (a form published) are not needed here and pass by.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConsumers {

    static final String CONSUMER = "heard-feedback";

    @Bean
    Consumer<Message<byte[]>> onFeedbackEvents(Inbox inbox, HeardFeedback heard) {
        return message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            event.dataAs(FeedbackSubmitted.class)
                    .ifPresent(s -> inbox.once(
                            s.borough(),
                            CONSUMER,
                            event,
                            () -> heard.submitted(
                                    Borough.of(s.borough()),
                                    s.responseId(),
                                    s.formId(),
                                    s.participantRef(),
                                    Language.of(s.language()),
                                    s.submittedAt())));
            event.dataAs(FeedbackThemed.class)
                    .ifPresent(t -> inbox.once(
                            t.borough(),
                            CONSUMER,
                            event,
                            () -> heard.themed(Borough.of(t.borough()), t.responseId(), t.formId(), t.themes())));
        };
    }
}
