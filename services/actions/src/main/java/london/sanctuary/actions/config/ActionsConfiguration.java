package london.sanctuary.actions.config;

import java.time.Clock;
import java.util.Set;
import london.sanctuary.actions.action.ActionDesk;
import london.sanctuary.actions.action.Actions;
import london.sanctuary.actions.action.persistence.MongoActions;
import london.sanctuary.actions.board.ReferenceNames;
import london.sanctuary.actions.board.YouSaidWeDid;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.persistence.MongoHeardFeedback;
import london.sanctuary.actions.loop.LoopCloser;
import london.sanctuary.actions.loop.LoopEndings;
import london.sanctuary.actions.loop.LoopNotices;
import london.sanctuary.actions.loop.NoticesSent;
import london.sanctuary.actions.loop.ParticipantConsent;
import london.sanctuary.actions.quote.QuoteDesk;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.consent.WhenConsentEnds;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java features to their stores and ports: the domain knows no Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ActionsSettings.class)
class ActionsConfiguration {

    @Bean
    Actions actions(BoroughStores stores) {
        return new MongoActions(stores);
    }

    @Bean
    MongoHeardFeedback heardFeedback(BoroughStores stores) {
        return new MongoHeardFeedback(stores);
    }

    @Bean
    ParticipantConsent participantConsent(ConsentLedger ledger) {
        return (borough, ref, purpose, at) -> ledger.holds(borough, ParticipantRef.of(ref), purpose, at);
    }

    @Bean
    LoopCloser loopCloser(HeardFeedback feedback, ParticipantConsent consent, LoopNotices notices, Clock clock) {
        return new LoopCloser(feedback, consent, notices, clock);
    }

    @Bean
    ActionDesk actionDesk(Actions actions, HeardFeedback feedback, LoopCloser loop, Clock clock) {
        return new ActionDesk(actions, feedback, loop, clock);
    }

    @Bean
    YouSaidWeDid youSaidWeDid(Actions actions, QuoteDesk quotes) {
        return new YouSaidWeDid(actions, new ReferenceNames(), quotes);
    }

    @Bean
    LoopEndings loopEndings(HeardFeedback heard, NoticesSent notices) {
        return new LoopEndings(heard, notices);
    }

    @Bean
    WhenConsentEnds whenLinkEnds(LoopEndings endings) {
        return new WhenConsentEnds(Set.of(ConsentPurpose.LINK_FEEDBACK), (borough, person, purpose, erased) -> {
            endings.linkEnded(borough, person.value());
            if (erased) {
                endings.erased(borough, person.value());
            }
        });
    }
}
