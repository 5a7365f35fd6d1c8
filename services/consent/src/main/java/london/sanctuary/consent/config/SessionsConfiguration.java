package london.sanctuary.consent.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.List;
import london.sanctuary.consent.link.sessions.OpenSession;
import london.sanctuary.consent.link.sessions.SessionsForPerson;
import london.sanctuary.consent.link.sessions.remote.EngagementSessions;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.security.ServiceTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;

/**
 * The person's sessions (decision 0062): engagement over HTTP with each served borough's service client when
 * {@code sanctuary.consent.sessions.engagement-url} is set; otherwise every call is {@link
 * SessionsForPerson.Unavailable}, and the page says sessions cannot be shown just now.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionsSettings.class)
class SessionsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionsConfiguration.class);

    @Bean
    SessionsForPerson sessionsForPerson(
            SessionsSettings settings,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<RestClient.Builder> builders,
            ServedBoroughs served,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (settings.engagementUrl() == null || repository == null) {
            log.warn("The person's page shows no sessions: set sanctuary.consent.sessions.engagement-url and each"
                    + " borough's service client (spring.security.oauth2.client.registration.<borough>-service)");
            return new NoEngagement();
        }
        for (String code : served.codes()) {
            if (repository.findByRegistrationId(ServiceTokens.registrationOf(Borough.of(code))) == null) {
                log.warn("No client registration {}-service: {}'s people see no sessions on their page", code, code);
            }
        }
        ServiceTokens tokens = tokens(repository);
        RestClient client = ServiceTokens.client(
                builders.getIfAvailable(RestClient::builder).baseUrl(settings.engagementUrl()), settings.timeout());
        return new EngagementSessions(
                client,
                tokens,
                breakers.circuitBreaker(EngagementSessions.INSTANCE),
                retries.retry(EngagementSessions.INSTANCE));
    }

    /** The borough's service-client tokens, as the consent service asks another service of its borough. */
    static ServiceTokens tokens(ClientRegistrationRepository repository) {
        return new ServiceTokens(
                ServiceTokens.clientCredentials(repository, new InMemoryOAuth2AuthorizedClientService(repository)),
                "consent");
    }

    /** No engagement configured: nothing can be shown or done, said plainly on the page. */
    static final class NoEngagement implements SessionsForPerson {

        private static SessionsForPerson.Unavailable none() {
            return new SessionsForPerson.Unavailable("no engagement-url");
        }

        @Override
        public List<OpenSession> openTo(Borough borough, ParticipantRef person) {
            throw none();
        }

        @Override
        public OpenSession signUp(Borough borough, ParticipantRef person, String sessionId) {
            throw none();
        }

        @Override
        public OpenSession cancel(Borough borough, ParticipantRef person, String sessionId) {
            throw none();
        }

        @Override
        public String calendar(Borough borough, ParticipantRef person, String sessionId, Language language) {
            throw none();
        }
    }
}
