package london.sanctuary.platform.security;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import london.sanctuary.contracts.Borough;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Who is calling, when one of our services calls another: a served borough's service client (OAuth2 client
 * credentials, registration {@code <borough>-service}), its token cached until it expires. The caller keeps its
 * own Resilience4j retry and circuit breaker around the call, and maps {@link Unreachable} (worth another try)
 * and {@link Refused} (not) to its own failures.
 */
public final class ServiceTokens {

    private final OAuth2AuthorizedClientManager manager;
    private final String caller;

    /**
     * @param manager the source of tokens, e.g. {@link #clientCredentials}
     * @param caller the calling service's name, the token request's principal
     */
    public ServiceTokens(OAuth2AuthorizedClientManager manager, String caller) {
        this.manager = manager;
        this.caller = caller;
    }

    /** The OAuth2 client registration of a borough's service client. */
    public static String registrationOf(Borough borough) {
        return borough.code() + "-service";
    }

    /** Tokens by client credentials for the registered clients, kept in {@code authorized} until they expire. */
    public static OAuth2AuthorizedClientManager clientCredentials(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientService authorized) {
        AuthorizedClientServiceOAuth2AuthorizedClientManager tokens =
                new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorized);
        tokens.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        return tokens;
    }

    /** A client whose connect and read each take at most {@code timeout}. */
    public static RestClient client(RestClient.Builder builder, Duration timeout) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        requests.setReadTimeout(timeout);
        return builder.requestFactory(requests).build();
    }

    /** The borough's service token; {@link Unreachable} or {@link Refused} when there is none to be had. */
    public String of(Borough borough) {
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(registrationOf(borough))
                .principal(caller)
                .build();
        OAuth2AuthorizedClient client;
        try {
            client = manager.authorize(request);
        } catch (OAuth2AuthorizationException e) {
            if (unreachable(e)) {
                throw new Unreachable("the token endpoint could not be reached", e);
            }
            throw new Refused("no service token: " + e.getError().getErrorCode());
        } catch (IllegalArgumentException e) {
            throw new Refused("no client registration " + registrationOf(borough));
        }
        if (client == null) {
            throw new Refused("no service token for " + registrationOf(borough));
        }
        return client.getAccessToken().getTokenValue();
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof ResourceAccessException) {
                return true;
            }
        }
        return false;
    }

    /** The token endpoint could not be reached: worth another try. */
    public static final class Unreachable extends RuntimeException {

        Unreachable(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    /** The token endpoint refused, or the borough has no registration: not worth another try. */
    public static final class Refused extends RuntimeException {

        Refused(String detail) {
            super(detail);
        }
    }
}
