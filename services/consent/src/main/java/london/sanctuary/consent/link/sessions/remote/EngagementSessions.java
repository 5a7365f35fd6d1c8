package london.sanctuary.consent.link.sessions.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import london.sanctuary.consent.link.sessions.OpenSession;
import london.sanctuary.consent.link.sessions.SessionsForPerson;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.security.ServiceTokens;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Engagement's narrow endpoints for one person ({@value #PATH}), called with the borough's service token (client
 * credentials, {@link ServiceTokens}), inside a circuit breaker that counts only engagement failing (Resilience4j
 * instance {@value #INSTANCE}); reads retried on unreachable, timed out, 429 and 5xx, a sign-up or cancel never (its
 * first try may have been done). A 404 is {@link SessionsForPerson.NotOpen}, a 422 {@link
 * SessionsForPerson.Refused} naming the field; anything else, or an open circuit, {@link
 * SessionsForPerson.Unavailable}. Nothing engagement answers is kept.
 */
public final class EngagementSessions implements SessionsForPerson {

    public static final String INSTANCE = "engagement";
    static final String PATH = "/api/boroughs/{borough}/personal/{ref}/sessions";

    private final RestClient engagement;
    private final ServiceTokens tokens;
    private final CircuitBreaker breaker;
    private final Retry retry;

    /** @param engagement a client whose base URL is engagement's, with time limits ({@link ServiceTokens#client}) */
    public EngagementSessions(RestClient engagement, ServiceTokens tokens, CircuitBreaker breaker, Retry retry) {
        this.engagement = engagement;
        this.tokens = tokens;
        this.breaker = breaker;
        this.retry = retry;
    }

    @Override
    public List<OpenSession> openTo(Borough borough, ParticipantRef person) {
        Listed listed = call(borough, HttpMethod.GET, PATH, person, Listed.class);
        return listed == null
                ? List.of()
                : listed.sessions().stream().map(Answer::open).toList();
    }

    @Override
    public OpenSession signUp(Borough borough, ParticipantRef person, String sessionId) {
        return call(borough, HttpMethod.POST, PATH + "/{id}/registration", person, Answer.class, sessionId)
                .open();
    }

    @Override
    public OpenSession cancel(Borough borough, ParticipantRef person, String sessionId) {
        return call(borough, HttpMethod.DELETE, PATH + "/{id}/registration", person, Answer.class, sessionId)
                .open();
    }

    @Override
    public String calendar(Borough borough, ParticipantRef person, String sessionId, Language language) {
        return call(
                borough,
                HttpMethod.GET,
                PATH + "/{id}/calendar?lang={lang}",
                person,
                String.class,
                sessionId,
                language.tag());
    }

    private <T> T call(
            Borough borough, HttpMethod method, String path, ParticipantRef person, Class<T> type, Object... more) {
        Object[] vars = new Object[2 + more.length];
        vars[0] = borough.code();
        vars[1] = person.toString();
        System.arraycopy(more, 0, vars, 2, more.length);
        String token = token(borough); // a borough without its service client fails alone, outside the breaker
        Supplier<T> once = CircuitBreaker.decorateSupplier(breaker, () -> once(token, method, path, vars, type));
        try {
            // Only reads are tried again: a sign-up or cancel whose answer timed out may have been done, and a second
            // try would tell the person it failed when it worked.
            return method == HttpMethod.GET
                    ? Retry.decorateSupplier(retry, once).get()
                    : once.get();
        } catch (CallNotPermittedException e) {
            throw new Unavailable("engagement is failing: its circuit is open");
        }
    }

    private <T> T once(String token, HttpMethod method, String path, Object[] vars, Class<T> type) {
        try {
            return engagement
                    .method(method)
                    .uri(path, vars)
                    .headers(headers -> headers.setBearerAuth(token))
                    .accept(MediaType.APPLICATION_JSON, new MediaType("text", "calendar"))
                    .exchange((request, response) -> answer(response, type), true);
        } catch (ResourceAccessException e) {
            throw new Unavailable("engagement could not be reached in time");
        } catch (RestClientException e) {
            throw new Unavailable("engagement answered something unreadable");
        }
    }

    private static <T> T answer(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response, Class<T> type)
            throws IOException {
        int status = response.getStatusCode().value();
        if (status == 200 || status == 201) {
            return response.bodyTo(type);
        }
        if (status == 404) {
            throw new NotOpen();
        }
        if (status == 422) {
            Problem problem = response.bodyTo(Problem.class);
            throw new Refused(problem == null || problem.field() == null ? "sessionId" : problem.field());
        }
        throw new Unavailable("engagement answered " + status);
    }

    private String token(Borough borough) {
        try {
            return tokens.of(borough);
        } catch (ServiceTokens.Unreachable | ServiceTokens.Refused e) {
            throw new Unavailable("no service token: " + e.getMessage());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String field) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VenueJson(String name, String address, boolean stepFreeAccess, boolean creche) {

        OpenSession.Venue open() {
            return new OpenSession.Venue(name, address, stepFreeAccess, creche);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listed(List<Answer> sessions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(SessionJson session, String yourStatus) {

        OpenSession open() {
            return session.open(yourStatus);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SessionJson(
            String sessionId,
            String type,
            java.util.Map<String, String> title,
            java.time.Instant startsAt,
            java.time.Instant endsAt,
            VenueJson venue,
            List<String> languages,
            List<OpenSession.Interpreter> interpreters,
            OpenSession.Compensation compensation,
            int capacity,
            long placesTaken) {

        OpenSession open(String yourStatus) {
            return new OpenSession(
                    sessionId,
                    type,
                    title,
                    startsAt,
                    endsAt,
                    venue == null ? null : venue.open(),
                    languages,
                    interpreters,
                    compensation,
                    capacity,
                    placesTaken,
                    yourStatus);
        }
    }
}
