package london.sanctuary.actions.feedback.messaging;

import java.util.UUID;
import java.util.function.Consumer;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code onFeedbackEvents}: keeps the projection of heard feedback from the feedback service's topic, each event
 * applied once through the inbox. Other feedback events (a form published) are not needed here and pass by. A
 * response whose participant has already ended LINK_FEEDBACK (withdrawn, or erased) is kept without the link, as
 * {@link london.sanctuary.actions.loop.LoopEndings} would have left it: in a replay the consent topic can be read ahead of this one.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConsumers {

    static final String CONSUMER = "heard-feedback";

    @Bean
    Consumer<Message<?>> onFeedbackEvents(Inbox inbox, HeardFeedback heard, ConsentLedger ledger) {
        return EventBatches.eachRecord(message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            event.dataAs(FeedbackSubmitted.class)
                    .ifPresent(s -> inbox.once(
                            s.borough(),
                            CONSUMER,
                            event,
                            () -> heard.submitted(
                                    s.borough(),
                                    s.responseId(),
                                    s.formId(),
                                    linkOf(ledger, s),
                                    Language.of(s.language()),
                                    s.submittedAt())));
            event.dataAs(FeedbackThemed.class)
                    .ifPresent(t -> inbox.once(
                            t.borough(),
                            CONSUMER,
                            event,
                            () -> heard.themed(t.borough(), t.responseId(), t.formId(), t.themes())));
        });
    }

    /** The person behind the answer, or null for an anonymous one or one whose link has ended since. */
    private static UUID linkOf(ConsentLedger ledger, FeedbackSubmitted s) {
        if (s.participantRef() == null
                || ledger.ended(s.borough(), s.participantRef(), ConsentPurpose.LINK_FEEDBACK, s.submittedAt())) {
            return null;
        }
        return s.participantRef().value();
    }
}
