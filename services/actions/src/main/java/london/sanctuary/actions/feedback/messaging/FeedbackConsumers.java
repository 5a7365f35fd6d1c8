package london.sanctuary.actions.feedback.messaging;

import java.util.UUID;
import java.util.function.Consumer;
import london.sanctuary.actions.feedback.persistence.MongoHeardFeedback;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.feedback.FeedbackThemed;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code onFeedbackEvents}: keeps the projection of heard feedback from the feedback service's topic, a poll at a
 * time through the inbox: its events checked in one query per borough, their changes sent as one bulk write of
 * upserts, recorded in one insert. Each change is a {@code $set} keyed by the response, so an event applied twice (a
 * batch cut off before its record) has the effect of once. Other
 * feedback events (a form published) are not needed here and pass by. A response whose participant has already ended
 * LINK_FEEDBACK (withdrawn, or erased) is kept without the link, as {@link london.sanctuary.actions.loop.LoopEndings}
 * would have left it: in a replay the consent topic can be read ahead of this one, or beside it.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConsumers {

    static final String CONSUMER = "heard-feedback";

    @Bean
    Consumer<Message<?>> onFeedbackEvents(Inbox inbox, MongoHeardFeedback heard, ConsentLedger ledger) {
        return EventBatches.eachEvent(events -> inbox.each(CONSUMER, events, event -> effect(event, heard, ledger)));
    }

    static BatchEffect effect(ReceivedEvent event, MongoHeardFeedback heard, ConsentLedger ledger) {
        return event.dataAs(FeedbackSubmitted.class)
                .<BatchEffect>map(s -> submitted(s, heard, ledger))
                .or(() -> event.dataAs(FeedbackThemed.class)
                        .map(t -> heard.whenThemed(t.borough(), t.responseId(), t.formId(), t.themes())))
                .orElse(null);
    }

    /**
     * The answer, linked to its person if their link has not ended. A linked one asks the ledger again once written:
     * an ending heard between the first question and the write found nothing of this answer to unlink, so this
     * answer's link goes here instead (decision 0072). Only this one: a grant since may cover the person's later answers.
     */
    private static BatchEffect submitted(FeedbackSubmitted s, MongoHeardFeedback heard, ConsentLedger ledger) {
        UUID link = linkOf(ledger, s);
        BatchEffect.Upsert upsert = heard.whenSubmitted(
                s.borough(), s.responseId(), s.formId(), link, Language.of(s.language()), s.submittedAt());
        if (link == null) {
            return upsert;
        }
        return upsert.then(() -> {
            if (linkOf(ledger, s) == null) {
                heard.unlinkResponse(s.borough(), s.responseId());
            }
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
