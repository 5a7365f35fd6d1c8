package london.sanctuary.referrals.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.Profile;
import london.sanctuary.referrals.outgoing.MoveOnRecords;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The consent service's {@code GET /api/boroughs/{borough}/participants/{ref}/move-on}, answered only while
 * SHARE_ON_MOVE holds; 404 or 410 is "nothing may move". Through Resilience4j instance {@code consent}.
 */
public final class ConsentMoveOnRecords implements MoveOnRecords {

    public static final String PATH = "/api/boroughs/{borough}/participants/{ref}/move-on";

    private final RestClient consent;
    private final String baseUrl;
    private final ServiceCalls calls;

    public ConsentMoveOnRecords(RestClient consent, String baseUrl, ServiceCalls calls) {
        this.consent = consent;
        this.baseUrl = baseUrl;
        this.calls = calls;
    }

    @Override
    public Optional<MoveOnRecord> find(Borough borough, UUID participantRef) {
        try {
            return calls.call(() -> lookUp(borough, participantRef));
        } catch (ServiceCalls.Unavailable | ServiceCalls.Refused e) {
            throw new ConsentUnavailable("The consent service " + e.getMessage());
        }
    }

    private Optional<MoveOnRecord> lookUp(Borough borough, UUID participantRef) {
        String token = calls.token(borough);
        return consent.get()
                .uri(baseUrl + PATH, borough.code(), participantRef)
                .headers(h -> h.setBearerAuth(token))
                .accept(MediaType.APPLICATION_JSON)
                .exchange(
                        (request, response) -> {
                            int status = response.getStatusCode().value();
                            if (status == 404 || status == 410) {
                                return Optional.<MoveOnRecord>empty();
                            }
                            ServiceCalls.raiseFor(status, "consent");
                            MoveOnAnswer answer = response.bodyTo(MoveOnAnswer.class);
                            return Optional.ofNullable(answer).map(a -> new MoveOnRecord(a.profile(), a.consents()));
                        },
                        true);
    }

    /** What consent answers; never logged. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MoveOnAnswer(UUID participantRef, Profile profile, List<ConsentEntry> consents) {

        @Override
        public String toString() {
            return "MoveOnAnswer[personal data hidden]";
        }
    }
}
