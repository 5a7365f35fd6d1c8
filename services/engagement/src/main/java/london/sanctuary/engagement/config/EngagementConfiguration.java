package london.sanctuary.engagement.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.Consents;
import london.sanctuary.engagement.session.RegistrationEndings;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.engagement.session.SessionNotices;
import london.sanctuary.engagement.session.SessionNotifier;
import london.sanctuary.engagement.session.Sessions;
import london.sanctuary.engagement.session.persistence.MongoSessions;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.consent.WhenConsentEnds;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java features to their stores, the consent ledger and the notices
 * ({@link SessionNoticeConfiguration}): the domain knows no Spring. */
@Configuration(proxyBeanMethods = false)
class EngagementConfiguration {

    @Bean
    Sessions sessions(BoroughStores stores) {
        return new MongoSessions(stores);
    }

    /** The platform's consent ledger: this service's own copy of the consent events. */
    @Bean
    Consents consents(ConsentLedger ledger) {
        return new Consents() {
            @Override
            public boolean holds(Borough borough, ParticipantRef participant, ConsentPurpose purpose, Instant at) {
                return ledger.holds(borough, participant, purpose, at);
            }

            @Override
            public boolean erased(Borough borough, ParticipantRef participant) {
                return ledger.erased(borough, participant);
            }

            @Override
            public boolean ended(Borough borough, ParticipantRef participant, ConsentPurpose purpose, Instant now) {
                return ledger.ended(borough, participant, purpose, now);
            }
        };
    }

    @Bean
    SessionNotifier sessionNotifier(Consents consents, SessionNotices notices, Clock clock) {
        return new SessionNotifier(consents, notices, clock);
    }

    @Bean
    SessionDesk sessionDesk(
            Sessions sessions, Consents consents, SessionNotifier notifier, RegistrationEndings endings, Clock clock) {
        return new SessionDesk(sessions, consents, notifier, endings, clock);
    }

    @Bean
    RegistrationEndings registrationEndings(
            Sessions sessions, SessionNotices notices, SessionNotifier notifier, Clock clock) {
        return new RegistrationEndings(sessions, notices, notifier, clock);
    }

    @Bean
    WhenConsentEnds whenParticipationEnds(RegistrationEndings endings) {
        return new WhenConsentEnds(Set.of(ConsentPurpose.PARTICIPATE), (borough, person, purpose, erased) -> {
            if (erased) {
                endings.erased(borough, person);
            } else {
                endings.participationEnded(borough, person);
            }
        });
    }
}
