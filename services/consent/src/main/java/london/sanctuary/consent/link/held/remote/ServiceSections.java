package london.sanctuary.consent.link.held.remote;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.Map;
import java.util.function.Supplier;
import london.sanctuary.consent.link.held.TheirSections;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.pages.subjectaccess.SubjectAccessBundle.Section;
import london.sanctuary.platform.security.ServiceTokens;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@link TheirSections} over each service's personal address ({@link Section#personalPath()}), with the borough's
 * service token (client credentials, {@link ServiceTokens}); each service inside its own circuit breaker and retry
 * (Resilience4j instances {@code their-data-<service>}, shared settings {@value #SETTINGS}), so one service failing
 * hides only its own section. Anything but a 200 with a JSON object, an open circuit, a service without an address
 * or a borough without its service client is {@link TheirSections.NotReadNow}. Nothing answered is kept or logged.
 */
public final class ServiceSections implements TheirSections {

    public static final String SETTINGS = "their-data";

    private final Map<String, RestClient> services;
    private final ServiceTokens tokens;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;

    /** @param services each service's client by its name, base URL and time limits set ({@link ServiceTokens#client}) */
    public ServiceSections(
            Map<String, RestClient> services,
            ServiceTokens tokens,
            CircuitBreakerRegistry breakers,
            RetryRegistry retries) {
        this.services = Map.copyOf(services);
        this.tokens = tokens;
        this.breakers = breakers;
        this.retries = retries;
    }

    @Override
    public Object read(Section section, Borough borough, ParticipantRef person) {
        RestClient service = services.get(section.service());
        if (service == null) {
            throw new NotReadNow(section.service() + " has no address configured");
        }
        String token = token(borough); // a borough without its service client fails alone, outside the breaker
        String name = SETTINGS + "-" + section.service();
        Supplier<Object> once = CircuitBreaker.decorateSupplier(
                breakers.circuitBreaker(name, SETTINGS), () -> once(service, section, borough, person, token));
        try {
            return Retry.decorateSupplier(retries.retry(name, SETTINGS), once).get();
        } catch (CallNotPermittedException e) {
            throw new NotReadNow(section.service() + " is failing: its circuit is open");
        }
    }

    private static Object once(
            RestClient service, Section section, Borough borough, ParticipantRef person, String token) {
        try {
            return service.get()
                    .uri(section.personalPath(), borough.code(), person.toString())
                    .headers(headers -> headers.setBearerAuth(token))
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange(
                            (request, response) -> {
                                int status = response.getStatusCode().value();
                                if (status != 200) {
                                    throw new NotReadNow(section.service() + " answered " + status);
                                }
                                return response.bodyTo(Map.class);
                            },
                            true);
        } catch (RestClientException e) {
            throw new NotReadNow(
                    section.service() + " could not be read: " + e.getClass().getSimpleName());
        }
    }

    private String token(Borough borough) {
        try {
            return tokens.of(borough);
        } catch (ServiceTokens.Unreachable | ServiceTokens.Refused e) {
            throw new NotReadNow("no service token for " + borough.code());
        }
    }
}
