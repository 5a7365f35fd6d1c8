package london.sanctuary.actions.config;

import java.time.Clock;
import java.util.Set;
import london.sanctuary.actions.action.ActionDesk;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.loop.ParticipantConsent;
import london.sanctuary.actions.quote.QuoteDesk;
import london.sanctuary.actions.quote.Quotes;
import london.sanctuary.actions.quote.persistence.MongoQuotes;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.platform.consent.WhenConsentEnds;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Quotes on the board, and the one way they go when consent ends: the platform's {@link WhenConsentEnds}. */
@Configuration(proxyBeanMethods = false)
class QuoteConfiguration {

    @Bean
    Quotes quotes(BoroughStores stores) {
        return new MongoQuotes(stores);
    }

    @Bean
    QuoteDesk quoteDesk(
            ActionDesk actions, HeardFeedback heard, ParticipantConsent consent, Quotes quotes, Clock clock) {
        return new QuoteDesk(actions, heard, consent, quotes, clock);
    }

    /** Without PUBLISH_QUOTE, or without the link to the words (LINK_FEEDBACK), or erased: the quotes go. */
    @Bean
    WhenConsentEnds whenQuotingEnds(QuoteDesk desk) {
        return new WhenConsentEnds(
                Set.of(ConsentPurpose.PUBLISH_QUOTE, ConsentPurpose.LINK_FEEDBACK),
                (borough, person, purpose, erased) -> desk.consentEnded(borough, person.value()));
    }
}
