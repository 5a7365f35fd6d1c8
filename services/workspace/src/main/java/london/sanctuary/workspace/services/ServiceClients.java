package london.sanctuary.workspace.services;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A {@link RestClient} per service, each request carrying the signed-in person's access token (token relay: Spring
 * Security's {@link OAuth2ClientHttpRequestInterceptor}, which refreshes it when it has expired). A service's 4xx
 * answer becomes a {@link ServiceRefusal}; a 5xx or no answer a {@link ServiceUnavailable}.
 */
@Component
public class ServiceClients {

    private final WorkspaceSettings settings;
    private final OAuth2ClientHttpRequestInterceptor relay;
    private final RestClient.Builder builder;
    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();

    ServiceClients(WorkspaceSettings settings, OAuth2AuthorizedClientManager manager, RestClient.Builder builder) {
        this.settings = settings;
        this.relay = new OAuth2ClientHttpRequestInterceptor(manager);
        this.relay.setClientRegistrationIdResolver(request -> WorkspaceSettings.REGISTRATION);
        this.builder = builder;
    }

    /** The client of a service by name ({@code consent}, {@code engagement}, …), as configured in {@code sanctuary.workspace.services}. */
    public RestClient of(String service) {
        return clients.computeIfAbsent(
                service,
                name -> builder.clone()
                        .baseUrl(settings.serviceUrl(name))
                        .requestInterceptor(relay)
                        .defaultStatusHandler(HttpStatusCode::is4xxClientError, (request, response) -> {
                            throw ServiceRefusal.read(name, response);
                        })
                        .defaultStatusHandler(HttpStatusCode::is5xxServerError, (request, response) -> {
                            throw new ServiceUnavailable(
                                    name, response.getStatusCode().value());
                        })
                        .build());
    }
}
