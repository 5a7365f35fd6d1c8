package london.sanctuary.referrals.remote;

import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.Profile;
import london.sanctuary.referrals.incoming.Transfers;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The receiving borough's consent service, {@code POST /api/boroughs/{borough}/participants/transfers}:
 * idempotent on the participantRef, so a retried acceptance enrols once. Through Resilience4j instance
 * {@code consent}.
 */
public final class ConsentTransfers implements Transfers {

    public static final String PATH = "/api/boroughs/{borough}/participants/transfers";

    private final RestClient consent;
    private final String baseUrl;
    private final ServiceCalls calls;

    public ConsentTransfers(RestClient consent, String baseUrl, ServiceCalls calls) {
        this.consent = consent;
        this.baseUrl = baseUrl;
        this.calls = calls;
    }

    @Override
    public void enrol(
            Borough borough,
            UUID participantRef,
            Borough transferredFrom,
            Profile profile,
            List<ConsentEntry> consents) {
        TransferRequest body = new TransferRequest(participantRef, transferredFrom.code(), profile, consents);
        try {
            calls.call(() -> post(borough, body));
        } catch (ServiceCalls.Unavailable | ServiceCalls.Refused e) {
            throw new ConsentUnavailable("The consent service " + e.getMessage());
        }
    }

    private Boolean post(Borough borough, TransferRequest body) {
        String token = calls.token(borough);
        return consent.post()
                .uri(baseUrl + PATH, borough.code())
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange(
                        (request, response) -> {
                            ServiceCalls.raiseFor(response.getStatusCode().value(), "consent");
                            return Boolean.TRUE;
                        },
                        true);
    }

    /** The transfer; never logged. */
    record TransferRequest(UUID participantRef, String transferredFrom, Profile profile, List<ConsentEntry> consents) {

        @Override
        public String toString() {
            return "TransferRequest[personal data hidden]";
        }
    }
}
