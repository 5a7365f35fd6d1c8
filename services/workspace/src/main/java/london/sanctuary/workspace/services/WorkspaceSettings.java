package london.sanctuary.workspace.services;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.workspace.*}: where each service's API is ({@code services.consent: http://localhost:8081}, …)
 * and where the authorization server is ({@code issuer}).
 */
@ConfigurationProperties("sanctuary.workspace")
public record WorkspaceSettings(Map<String, URI> services, URI issuer) {

    /** The client registration of the authorization server, so the callback is {@code /login/oauth2/code/sanctuary}. */
    public static final String REGISTRATION = "sanctuary";

    public WorkspaceSettings {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    String serviceUrl(String service) {
        URI url = services.get(service);
        if (url == null) {
            throw new IllegalStateException("sanctuary.workspace.services." + service + " is not set");
        }
        return url.toString();
    }
}
