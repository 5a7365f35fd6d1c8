package london.sanctuary.consent.retention.messaging;

import java.util.function.Consumer;
import london.sanctuary.consent.link.LinkDesk;
import london.sanctuary.consent.retention.RetentionReview;
import london.sanctuary.contracts.referrals.ReferralAccepted;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code activityIn}: the engagement and feedback topics of the boroughs served, and the referrals exchange. Each
 * event that is a person's activity ({@link ActivityEvents}) in a borough served here moves their last activity
 * forward, once (inbox: a poll's events checked in one query per borough, recorded in one insert); a redelivered or
 * older event never moves it back, and someone unknown or erased here is left alone, so applying one twice (a batch
 * cut off before its record) changes nothing more. The events carry refs and times only. A move-on accepted from a
 * borough served here also ends that borough's personal link of the person ({@code LinkEnded.MOVED}): the receiving
 * borough gives its own.
 */
@Configuration(proxyBeanMethods = false)
class ActivityConsumers {

    static final String CONSUMER = "retention-activity";

    @Bean
    Consumer<Message<?>> activityIn(Inbox inbox, RetentionReview review, ServedBoroughs served, LinkDesk links) {
        return EventBatches.eachEvent(events -> {
            // Links first (ending twice is a no-op), so a record that fails here is retried with every record after
            // it, and those before it still get their effect below before the failure is reported.
            int upTo = 0;
            RuntimeException failure = null;
            for (; upTo < events.size(); upTo++) {
                try {
                    endLinkOnMove(events.get(upTo), served, links);
                } catch (RuntimeException e) {
                    failure = e;
                    break;
                }
            }
            inbox.each(
                    CONSUMER,
                    events.subList(0, upTo),
                    event -> ActivityEvents.of(event)
                            .filter(seen -> served.serves(seen.borough()))
                            .map(seen -> BatchEffect.run(seen.borough(), () -> review.seen(seen)))
                            .orElse(null));
            if (failure != null) {
                throw EventBatches.failedAt(upTo, failure);
            }
        });
    }

    /** A move accepted elsewhere ends the sending borough's personal link of the person, noting where to (0062, 0069). */
    private static void endLinkOnMove(ReceivedEvent event, ServedBoroughs served, LinkDesk links) {
        event.dataAs(ReferralAccepted.class)
                .filter(moved -> served.serves(moved.fromBorough()))
                .ifPresent(moved -> links.movedTo(
                        moved.fromBorough(), moved.participantRef(), moved.toBorough(), moved.acceptedAt()));
    }
}
