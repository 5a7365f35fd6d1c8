package london.sanctuary.referrals.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.referrals.release.ShareOnMove;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The consent service's own answer, at the moment of key release: {@code GET /api/boroughs/{borough}/participants/
 * {ref}/consents/SHARE_ON_MOVE}. It closes the window in which the ledger has not yet heard a withdrawal. 404 and
 * 410 are "does not hold"; a consent service that cannot answer is {@link ShareOnMove.Unknown}. Through
 * Resilience4j instance {@code consent}.
 */
public final class ConsentShareOnMove implements ShareOnMove {

    public static final String PATH = "/api/boroughs/{borough}/participants/{ref}/consents/SHARE_ON_MOVE";

    private final RestClient consent;
    private final String baseUrl;
    private final ServiceCalls calls;

    public ConsentShareOnMove(RestClient consent, String baseUrl, ServiceCalls calls) {
        this.consent = consent;
        this.baseUrl = baseUrl;
        this.calls = calls;
    }

    @Override
    public boolean holds(Borough borough, UUID participantRef, Instant at) {
        try {
            return calls.call(() -> check(borough, participantRef));
        } catch (ServiceCalls.Unavailable | ServiceCalls.Refused e) {
            throw new Unknown("The consent service " + e.getMessage());
        }
    }

    private Boolean check(Borough borough, UUID participantRef) {
        String token = calls.token(borough);
        return consent.get()
                .uri(baseUrl + PATH, borough.code(), participantRef)
                .headers(h -> h.setBearerAuth(token))
                .accept(MediaType.APPLICATION_JSON)
                .exchange(
                        (request, response) -> {
                            int status = response.getStatusCode().value();
                            if (status == 404 || status == 410) {
                                return false;
                            }
                            ServiceCalls.raiseFor(status, "consent");
                            Check check = response.bodyTo(Check.class);
                            return check != null && check.holds();
                        },
                        true);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Check(boolean holds) {}
}
