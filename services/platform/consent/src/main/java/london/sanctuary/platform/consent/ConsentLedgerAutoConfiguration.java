package london.sanctuary.platform.consent;

import java.util.function.Consumer;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * The consent ledger, for a service that sets {@code sanctuary.consent-ledger.enabled}: it follows the consent
 * topic and the compacted consent-state topic through the binding {@code consentLedgerIn} and answers whether a
 * participant consents now.
 */
@AutoConfiguration(afterName = "london.sanctuary.platform.events.EventsAutoConfiguration")
@ConditionalOnProperty({"sanctuary.service", "sanctuary.consent-ledger.enabled"})
public class ConsentLedgerAutoConfiguration {

    @Bean
    ConsentLedger consentLedger(BoroughStores stores, ApplicationEventPublisher announcer) {
        return new ConsentLedger(stores, announcer);
    }

    @Bean
    ConsentEndedListener consentEndedListener(ObjectProvider<WhenConsentEnds> services) {
        return new ConsentEndedListener(services.orderedStream().toList());
    }

    @Bean
    Consumer<Message<?>> consentLedgerIn(ConsentLedger ledger) {
        return new ConsentLedgerConsumer(ledger);
    }
}
