package london.sanctuary.consent.retention.messaging;

import java.util.function.Consumer;
import london.sanctuary.consent.retention.RetentionReview;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.EventBatches;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code activityIn}: the engagement and feedback topics of the boroughs served, and the referrals exchange. Each
 * event that is a person's activity ({@link ActivityEvents}) in a borough served here moves their last activity
 * forward, once (inbox: a poll's events checked in one query per borough, recorded in one insert); a redelivered or
 * older event never moves it back, and someone unknown or erased here is left alone, so applying one twice (a batch
 * cut off before its record) changes nothing more. The events carry refs and times only.
 */
@Configuration(proxyBeanMethods = false)
class ActivityConsumers {

    static final String CONSUMER = "retention-activity";

    @Bean
    Consumer<Message<?>> activityIn(Inbox inbox, RetentionReview review, ServedBoroughs served) {
        return EventBatches.eachEvent(events -> inbox.each(
                CONSUMER,
                events,
                event -> ActivityEvents.of(event)
                        .filter(seen -> served.serves(seen.borough()))
                        .map(seen -> BatchEffect.run(seen.borough(), () -> review.seen(seen)))
                        .orElse(null)));
    }
}
