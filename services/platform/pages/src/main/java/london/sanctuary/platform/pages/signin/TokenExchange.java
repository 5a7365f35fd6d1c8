package london.sanctuary.platform.pages.signin;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The OAuth2 client-credentials grant at the authorization server's token endpoint, made by the
 * service on behalf of the person signing in: the secret goes from the form to the token endpoint
 * and nowhere else.
 */
final class TokenExchange {

    private final RestClient http;

    TokenExchange(RestClient.Builder builder, String tokenUri) {
        this.http = builder.baseUrl(tokenUri).build();
    }

    /** The access token, or empty when the authorization server refuses the credentials. */
    Optional<String> tokenFor(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        Map<?, ?> answer = http.post()
                .headers(h -> h.setBasicAuth(clientId, secret, java.nio.charset.StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .onStatus(HttpStatusCode::is4xxClientError, (request, response) -> {})
                .body(Map.class);
        return Optional.ofNullable(answer).map(a -> a.get("access_token")).map(Object::toString);
    }
}
