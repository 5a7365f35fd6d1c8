package london.sanctuary.platform.notify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.security.ServiceTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Asks the consent service how to reach a participant, at the moment of sending, and keeps nothing:
 * {@code GET /api/boroughs/{borough}/participants/{ref}/contact} with a bearer token of the borough's service
 * client (the platform's {@link ServiceTokens}: OAuth2 client credentials, cached until it expires).
 *
 * <p>Consent answers only while the participant holds RECONTACT; a 404 (no such participant, or no RECONTACT)
 * and a 410 (erased) are "no contact". A call that fails on the way (unreachable, timed out, 429 or 5xx) is
 * retried with backoff inside a circuit breaker, both configured by instance name {@code consent}; when it
 * still fails, or consent refuses the token (401/403), the notice finds no contact and counts as not sent, like a
 * notice Notify refuses. Log lines name the borough and the status, never the person or their details.
 */
public final class ConsentContactDirectory implements ContactDirectory {

    /** The Resilience4j instance name of the contact lookups. */
    public static final String INSTANCE = "consent";

    /** The consent service's contact lookup. */
    public static final String PATH = "/api/boroughs/{borough}/participants/{ref}/contact";

    private static final Logger log = LoggerFactory.getLogger(ConsentContactDirectory.class);

    private final RestClient consent;
    private final ServiceTokens tokens;
    private final CircuitBreaker breaker;
    private final Retry retry;

    /**
     * @param consent a client whose base URL is the consent service's, with time limits (see {@link #client})
     * @param tokens the source of each borough's service token
     * @param caller the calling service's name (e.g. {@code engagement}), the token request's principal
     */
    public ConsentContactDirectory(
            RestClient consent,
            OAuth2AuthorizedClientManager tokens,
            String caller,
            CircuitBreaker breaker,
            Retry retry) {
        this.consent = consent;
        this.tokens = new ServiceTokens(tokens, caller);
        this.breaker = breaker;
        this.retry = retry;
    }

    /**
     * The lookup a service wires when its consent URL is set: each served borough's service client registered as
     * {@code spring.security.oauth2.client.registration.<borough>-service} (client credentials; a borough without
     * one is logged at start and finds no contact), Resilience4j instance {@value #INSTANCE}.
     *
     * @param where the consent service's base URL, the property that set it, and the limit of each call
     * @param beans the service's beans: the client registrations, and optionally the authorized clients, a
     *     {@link RestClient.Builder} and the Resilience4j registries
     */
    public static ConsentContactDirectory wired(
            String caller, ConsentUrl where, ServedBoroughs served, BeanFactory beans) {
        ClientRegistrationRepository repository =
                beans.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable();
        if (repository == null) {
            throw new IllegalStateException(where.property() + " is set, so register each served borough's service"
                    + " client as spring.security.oauth2.client.registration.<borough>-service");
        }
        for (String code : served.codes()) {
            String id = ServiceTokens.registrationOf(Borough.of(code));
            if (repository.findByRegistrationId(id) == null) {
                log.warn("No client registration {}: notices in {} will find no contact", id, code);
            }
        }
        OAuth2AuthorizedClientManager tokens = ServiceTokens.clientCredentials(
                repository,
                beans.getBeanProvider(OAuth2AuthorizedClientService.class)
                        .getIfAvailable(() -> new InMemoryOAuth2AuthorizedClientService(repository)));
        log.info("Contact lookup goes to the consent service at {}", where.url());
        RestClient.Builder builder =
                beans.getBeanProvider(RestClient.Builder.class).getIfAvailable(RestClient::builder);
        return new ConsentContactDirectory(
                client(builder, where.url(), where.timeout()),
                tokens,
                caller,
                beans.getBean(CircuitBreakerRegistry.class).circuitBreaker(INSTANCE),
                beans.getBean(RetryRegistry.class).retry(INSTANCE));
    }

    /** Where the consent service is: its base URL, the property that set it (for errors), the limit of each call. */
    public record ConsentUrl(String url, String property, Duration timeout) {}

    /** A client for the consent service at {@code baseUrl} whose connect and read each take at most {@code timeout}. */
    public static RestClient client(RestClient.Builder builder, String baseUrl, Duration timeout) {
        return ServiceTokens.client(builder.baseUrl(baseUrl), timeout);
    }

    @Override
    public Optional<Contact> find(Borough borough, UUID participantRef) {
        try {
            return Retry.decorateSupplier(
                            retry, CircuitBreaker.decorateSupplier(breaker, () -> lookUp(borough, participantRef)))
                    .get();
        } catch (CallNotPermittedException e) {
            log.warn(
                    "No contact looked up in {}: the consent service is failing and its circuit is open",
                    borough.code());
        } catch (ContactUnavailable | ContactRefused e) {
            log.warn("No contact looked up in {}: {}", borough.code(), e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<Contact> lookUp(Borough borough, UUID participantRef) {
        String token = token(borough);
        try {
            return consent.get()
                    .uri(PATH, borough.code(), participantRef)
                    .headers(headers -> headers.setBearerAuth(token))
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> answer(response), true);
        } catch (ResourceAccessException e) {
            throw new ContactUnavailable("the consent service could not be reached in time", e);
        }
    }

    private static Optional<Contact> answer(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response)
            throws IOException {
        int status = response.getStatusCode().value();
        if (status == 200) {
            ContactAnswer answer = response.bodyTo(ContactAnswer.class);
            return answer == null ? Optional.empty() : answer.contact();
        }
        if (status == 404 || status == 410) {
            return Optional.empty();
        }
        if (status == 429 || status >= 500) {
            throw new ContactUnavailable("the consent service answered " + status, null);
        }
        throw new ContactRefused("the consent service refused the lookup with " + status);
    }

    private String token(Borough borough) {
        try {
            return tokens.of(borough);
        } catch (ServiceTokens.Unreachable e) {
            throw new ContactUnavailable(e.getMessage(), e);
        } catch (ServiceTokens.Refused e) {
            throw new ContactRefused(e.getMessage());
        }
    }

    /** What consent answers; only the phone and email are used, and nothing is kept. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContactAnswer(UUID participantRef, String phone, String email, List<String> preferredLanguages) {

        Optional<Contact> contact() {
            boolean none = (phone == null || phone.isBlank()) && (email == null || email.isBlank());
            return none ? Optional.empty() : Optional.of(new Contact(phone, email));
        }

        @Override
        public String toString() {
            return "ContactAnswer[personal data hidden]";
        }
    }

    /** A failure worth trying again: consent or the token endpoint unreachable, too slow, 429 or 5xx. */
    public static class ContactUnavailable extends RuntimeException {

        public ContactUnavailable(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    /** Consent refused this service (401, 403, another 4xx) or no token could be had: not retried. */
    public static class ContactRefused extends RuntimeException {

        public ContactRefused(String detail) {
            super(detail);
        }
    }
}
