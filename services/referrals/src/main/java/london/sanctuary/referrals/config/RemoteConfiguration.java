package london.sanctuary.referrals.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.security.ServiceTokens;
import london.sanctuary.referrals.crypto.KeyDirectory;
import london.sanctuary.referrals.crypto.KeyRegistry;
import london.sanctuary.referrals.incoming.KeyFetcher;
import london.sanctuary.referrals.incoming.Transfers;
import london.sanctuary.referrals.outgoing.LinkedAnswers;
import london.sanctuary.referrals.outgoing.MoveOnRecords;
import london.sanctuary.referrals.outgoing.ReceiverHandovers;
import london.sanctuary.referrals.remote.BoroughServiceClient;
import london.sanctuary.referrals.remote.ConsentMoveOnRecords;
import london.sanctuary.referrals.remote.ConsentShareOnMove;
import london.sanctuary.referrals.remote.ConsentTransfers;
import london.sanctuary.referrals.remote.FeedbackLinkedAnswers;
import london.sanctuary.referrals.remote.HttpKeyDirectory;
import london.sanctuary.referrals.remote.HttpKeyFetcher;
import london.sanctuary.referrals.remote.HttpReceiverHandovers;
import london.sanctuary.referrals.remote.ServiceCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;

/**
 * The outbound calls: the consent service (Resilience4j instance {@code consent}), the feedback service (instance
 * {@code feedback}, for linked answers at sending) and other boroughs' referrals services: key release (instance
 * {@code key-release}), their key directories (instance {@code key-directory}) and a sender's question about its
 * referrals' handovers (instance {@code handovers}), each with the served borough's service client
 * ({@code spring.security.oauth2.client.registration.<borough>-service}, client credentials).
 */
@Configuration(proxyBeanMethods = false)
class RemoteConfiguration {

    static final String CONSENT = "consent";
    static final String FEEDBACK = "feedback";
    static final String KEY_RELEASE = "key-release";
    static final String KEY_DIRECTORY = "key-directory";
    static final String HANDOVERS = "handovers";
    private static final Logger log = LoggerFactory.getLogger(RemoteConfiguration.class);

    @Bean
    OAuth2AuthorizedClientManager serviceTokens(
            ObjectProvider<ClientRegistrationRepository> registrations, ServedBoroughs served) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null) {
            throw new IllegalStateException("Register each served borough's service client as"
                    + " spring.security.oauth2.client.registration.<borough>-service (client credentials)");
        }
        for (String code : served.codes()) {
            if (repository.findByRegistrationId(ServiceTokens.registrationOf(Borough.of(code))) == null) {
                log.warn("No client registration {}-service: {} cannot send or accept referrals", code, code);
            }
        }
        return ServiceTokens.clientCredentials(repository, new InMemoryOAuth2AuthorizedClientService(repository));
    }

    @Bean
    RestClient outbound(ObjectProvider<RestClient.Builder> builders, ReferralSettings settings) {
        return ServiceTokens.client(builders.getIfAvailable(RestClient::builder), settings.callTimeout());
    }

    @Bean
    ServiceCalls consentCalls(
            OAuth2AuthorizedClientManager tokens, CircuitBreakerRegistry breakers, RetryRegistry retries) {
        return calls(CONSENT, tokens, breakers, retries);
    }

    @Bean
    ServiceCalls keyReleaseCalls(
            OAuth2AuthorizedClientManager tokens, CircuitBreakerRegistry breakers, RetryRegistry retries) {
        return calls(KEY_RELEASE, tokens, breakers, retries);
    }

    @Bean
    ServiceCalls feedbackCalls(
            OAuth2AuthorizedClientManager tokens, CircuitBreakerRegistry breakers, RetryRegistry retries) {
        return calls(FEEDBACK, tokens, breakers, retries);
    }

    @Bean
    BoroughServiceClient consentClient(RestClient outbound, ReferralSettings settings, ServiceCalls consentCalls) {
        return new BoroughServiceClient(
                outbound, required(settings.consentUrl(), "consent-url: the borough's consent service"), consentCalls);
    }

    /** Its own client, not a bean: the consent adapters take the one {@link BoroughServiceClient} bean. */
    @Bean
    LinkedAnswers linkedAnswers(RestClient outbound, ReferralSettings settings, ServiceCalls feedbackCalls) {
        return new FeedbackLinkedAnswers(new BoroughServiceClient(
                outbound,
                required(settings.feedbackUrl(), "feedback-url: the borough's feedback service"),
                feedbackCalls));
    }

    @Bean
    MoveOnRecords moveOnRecords(BoroughServiceClient consent) {
        return new ConsentMoveOnRecords(consent);
    }

    @Bean
    ConsentShareOnMove consentShareOnMove(BoroughServiceClient consent) {
        return new ConsentShareOnMove(consent);
    }

    @Bean
    Transfers transfers(BoroughServiceClient consent) {
        return new ConsentTransfers(consent);
    }

    /** Sender URLs are read at each call, so one may name {@code ${local.server.port}} (tests, the local platform). */
    @Bean
    KeyFetcher keyFetcher(
            RestClient outbound, Environment environment, ServiceCalls keyReleaseCalls, KeyRegistry registry) {
        return new HttpKeyFetcher(outbound, exchangeUrls(environment), keyReleaseCalls, registry::currentKid);
    }

    /** Each borough's published keys, at the same referrals URL; a static public key for a borough without one. */
    @Bean
    KeyDirectory keyDirectory(
            RestClient outbound,
            Environment environment,
            ReferralSettings settings,
            OAuth2AuthorizedClientManager tokens,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries,
            Clock clock) {
        Map<String, String> fixed = new TreeMap<>();
        settings.keys().forEach((borough, keys) -> {
            if (keys.publicKey() != null) {
                fixed.put(borough, keys.publicKey());
            }
        });
        ReferralSettings.KeyDirectoryTiming timing = settings.keyDirectory();
        return new HttpKeyDirectory(
                outbound,
                exchangeUrls(environment),
                KeyDirectory.of(KeyRegistry.publicKeysOf(fixed)),
                calls(KEY_DIRECTORY, tokens, breakers, retries),
                new HttpKeyDirectory.Timing(timing.maxAge(), timing.minRefetch(), timing.grace()),
                clock);
    }

    private static Function<String, String> exchangeUrls(Environment environment) {
        return code -> environment.getProperty("sanctuary.referrals.exchange." + code);
    }

    /**
     * The sender's question to the receiving borough (decision 0045): the same client, service tokens and URLs as
     * key release; its own Resilience4j instance ({@code handovers}), so a periodic question to a borough that is down
     * does not open key release's circuit for every other borough.
     */
    @Bean
    ReceiverHandovers receiverHandovers(
            RestClient outbound,
            Environment environment,
            OAuth2AuthorizedClientManager tokens,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        return new HttpReceiverHandovers(
                outbound, exchangeUrls(environment), calls(HANDOVERS, tokens, breakers, retries));
    }

    private static ServiceCalls calls(
            String instance,
            OAuth2AuthorizedClientManager tokens,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        return new ServiceCalls(tokens, breakers.circuitBreaker(instance), retries.retry(instance));
    }

    private static String required(String url, String what) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Set sanctuary.referrals." + what);
        }
        return url.strip();
    }
}
