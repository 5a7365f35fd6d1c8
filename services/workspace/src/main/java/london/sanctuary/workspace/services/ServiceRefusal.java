package london.sanctuary.workspace.services;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.client.ClientHttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service said no (a 4xx problem+json): a page shows {@code detail} beside {@code field} in its error summary, or
 * the not-found / forbidden page for a 404 / 403. The detail is the service's own wording, which never holds
 * personal data.
 *
 * @param status the HTTP status the service answered
 * @param field the field the problem names, if any (e.g. {@code name}, {@code participantRef})
 */
public class ServiceRefusal extends RuntimeException {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MOST_READ = 16 * 1024;

    private final String service;
    private final int status;
    private final Optional<String> field;

    public ServiceRefusal(String service, int status, Optional<String> field, String detail) {
        super(detail);
        this.service = service;
        this.status = status;
        this.field = field;
    }

    static ServiceRefusal read(String service, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        try (InputStream body = response.getBody()) {
            JsonNode problem = JSON.readTree(body.readNBytes(MOST_READ));
            String detail =
                    text(problem, "detail").or(() -> text(problem, "title")).orElse("Refused");
            return new ServiceRefusal(service, status, text(problem, "field"), detail);
        } catch (RuntimeException notJson) {
            return new ServiceRefusal(service, status, Optional.empty(), "Refused (" + status + ")");
        }
    }

    private static Optional<String> text(JsonNode problem, String name) {
        JsonNode value = problem == null ? null : problem.get(name);
        return value == null || !value.isString() ? Optional.empty() : Optional.of(value.asString());
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public Optional<String> field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }
}
