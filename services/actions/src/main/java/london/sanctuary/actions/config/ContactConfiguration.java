package london.sanctuary.actions.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import london.sanctuary.actions.loop.ContactDirectory;
import london.sanctuary.actions.loop.contact.ConsentContactDirectory;
import london.sanctuary.actions.loop.contact.NoContacts;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.security.ServiceTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;

/**
 * Which {@link ContactDirectory} runs: the consent service's contact lookup when
 * {@code sanctuary.actions.consent-url} is set (each served borough's service client registered as
 * {@code spring.security.oauth2.client.registration.<borough>-service}, client credentials), else one that finds
 * nobody.
 */
class ContactConfiguration {

    /** The Resilience4j instance name of the contact lookups. */
    static final String CONSENT = "consent";

    private static final Logger log = LoggerFactory.getLogger(ContactConfiguration.class);

    private ContactConfiguration() {}

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.actions.consent-url:}' != ''")
    static class ThroughConsent {

        @Bean
        ContactDirectory contactDirectory(
                ActionsSettings settings,
                ServedBoroughs served,
                ObjectProvider<ClientRegistrationRepository> registrations,
                ObjectProvider<OAuth2AuthorizedClientService> authorized,
                ObjectProvider<RestClient.Builder> builders,
                CircuitBreakerRegistry breakers,
                RetryRegistry retries) {
            ClientRegistrationRepository repository = registrations.getIfAvailable();
            if (repository == null) {
                throw new IllegalStateException("sanctuary.actions.consent-url is set, so register each served"
                        + " borough's service client as spring.security.oauth2.client.registration.<borough>-service");
            }
            for (String code : served.codes()) {
                String id = ServiceTokens.registrationOf(Borough.of(code));
                if (repository.findByRegistrationId(id) == null) {
                    log.warn("No client registration {}: notices in {} will find no contact", id, code);
                }
            }
            OAuth2AuthorizedClientManager tokens = ServiceTokens.clientCredentials(
                    repository, authorized.getIfAvailable(() -> new InMemoryOAuth2AuthorizedClientService(repository)));
            log.info("Contact lookup goes to the consent service at {}", settings.consentUrl());
            return new ConsentContactDirectory(
                    ConsentContactDirectory.client(
                            builders.getIfAvailable(RestClient::builder),
                            settings.consentUrl(),
                            settings.consentTimeout()),
                    tokens,
                    breakers.circuitBreaker(CONSENT),
                    retries.retry(CONSENT));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${sanctuary.actions.consent-url:}' == ''")
    static class Off {

        @Bean
        ContactDirectory contactDirectory() {
            log.info("Contact lookup is off (sanctuary.actions.consent-url is not set): notices through GOV.UK"
                    + " Notify will find no one to send to");
            return new NoContacts();
        }
    }
}
