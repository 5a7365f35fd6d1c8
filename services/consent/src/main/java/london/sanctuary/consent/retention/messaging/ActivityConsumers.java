package london.sanctuary.consent.retention.messaging;

import java.util.function.Consumer;
import london.sanctuary.consent.retention.RetentionReview;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code activityIn}: the engagement and feedback topics of the boroughs served, and the referrals exchange. Each
 * event that is a person's activity ({@link ActivityEvents}) in a borough served here moves their last activity
 * forward, once (inbox); a redelivered or older event never moves it back, and someone unknown or erased here is
 * left alone. The events carry refs and times only.
 */
@Configuration(proxyBeanMethods = false)
class ActivityConsumers {

    static final String CONSUMER = "retention-activity";

    @Bean
    Consumer<Message<?>> activityIn(Inbox inbox, RetentionReview review, ServedBoroughs served) {
        return EventBatches.eachRecord(message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            ActivityEvents.of(event)
                    .filter(seen -> served.serves(seen.borough()))
                    .ifPresent(seen -> inbox.once(seen.borough(), CONSUMER, event, () -> review.seen(seen)));
        });
    }
}
