package london.sanctuary.referrals.remote;

import java.io.IOException;
import london.sanctuary.contracts.Borough;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * One of this deployment's services of the borough — the consent service (Resilience4j instance {@code consent}) or
 * the feedback service (instance {@code feedback}) — called as the served borough's service client. Failures come
 * out as {@link ServiceCalls.Unavailable} or {@link ServiceCalls.Refused} for each adapter to name in its own terms.
 */
public final class BoroughServiceClient {

    private final RestClient http;
    private final String baseUrl;
    private final ServiceCalls calls;

    public BoroughServiceClient(RestClient http, String baseUrl, ServiceCalls calls) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.calls = calls;
    }

    /** Reads one answer; throw {@link ServiceCalls#raiseFor} for a status that is not one. */
    @FunctionalInterface
    public interface Answer<T> {

        T read(int status, RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) throws IOException;
    }

    public <T> T get(Borough borough, String path, Answer<T> answer, Object... variables) {
        return calls.call(() -> {
            String token = calls.token(borough);
            return http.get()
                    .uri(baseUrl + path, variables)
                    .headers(h -> h.setBearerAuth(token))
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange(
                            (request, response) ->
                                    answer.read(response.getStatusCode().value(), response),
                            true);
        });
    }

    public <T> T post(Borough borough, String path, Object body, Answer<T> answer, Object... variables) {
        return calls.call(() -> {
            String token = calls.token(borough);
            return http.post()
                    .uri(baseUrl + path, variables)
                    .headers(h -> h.setBearerAuth(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange(
                            (request, response) ->
                                    answer.read(response.getStatusCode().value(), response),
                            true);
        });
    }
}
