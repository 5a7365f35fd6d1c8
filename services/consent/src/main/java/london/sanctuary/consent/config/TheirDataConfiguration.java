package london.sanctuary.consent.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.HashMap;
import java.util.Map;
import london.sanctuary.consent.link.held.TheirSections;
import london.sanctuary.consent.link.held.remote.ServiceSections;
import london.sanctuary.platform.security.ServiceTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;

/**
 * The person's data (decision 0065): each service's personal address, with each served borough's service client
 * (the same as the person's sessions, decision 0062). Without the borough's client registrations every other
 * service's section is "not read now", said plainly on the page.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TheirDataSettings.class)
class TheirDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TheirDataConfiguration.class);

    @Bean
    TheirSections theirSections(
            TheirDataSettings settings,
            SessionsSettings sessions,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<RestClient.Builder> builders,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            log.warn("The person's data page reads only the consent service's sections: set each borough's service"
                    + " client (spring.security.oauth2.client.registration.<borough>-service)");
            return (section, borough, person) -> {
                throw new TheirSections.NotReadNow("no service clients");
            };
        }
        Map<String, String> urls = new HashMap<>(settings.urls());
        if (sessions.engagementUrl() != null) {
            urls.putIfAbsent("engagement", sessions.engagementUrl());
        }
        Map<String, RestClient> clients = new HashMap<>();
        urls.forEach((service, url) -> clients.put(
                service,
                ServiceTokens.client(
                        builders.getIfAvailable(RestClient::builder).baseUrl(url), settings.timeout())));
        return new ServiceSections(clients, SessionsConfiguration.tokens(repository), breakers, retries);
    }
}
