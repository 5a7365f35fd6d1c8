package london.sanctuary.consent.retention.messaging;

import java.util.function.Consumer;
import london.sanctuary.consent.link.LinkDesk;
import london.sanctuary.consent.link.LinkEnded;
import london.sanctuary.consent.retention.RetentionReview;
import london.sanctuary.contracts.referrals.ReferralAccepted;
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
 * left alone. The events carry refs and times only. A move-on accepted from a borough served here also ends that
 * borough's personal link of the person ({@code LinkEnded.MOVED}): the receiving borough gives its own.
 */
@Configuration(proxyBeanMethods = false)
class ActivityConsumers {

    static final String CONSUMER = "retention-activity";

    @Bean
    Consumer<Message<?>> activityIn(Inbox inbox, RetentionReview review, ServedBoroughs served, LinkDesk links) {
        return EventBatches.eachRecord(message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            ActivityEvents.of(event)
                    .filter(seen -> served.serves(seen.borough()))
                    .ifPresent(seen -> inbox.once(seen.borough(), CONSUMER, event, () -> review.seen(seen)));
            // A move accepted elsewhere ends the sending borough's link (decision 0062); ending twice is a no-op.
            event.dataAs(ReferralAccepted.class)
                    .filter(moved -> served.serves(moved.fromBorough()))
                    .ifPresent(moved -> links.end(moved.fromBorough(), moved.participantRef(), LinkEnded.MOVED));
        });
    }
}
