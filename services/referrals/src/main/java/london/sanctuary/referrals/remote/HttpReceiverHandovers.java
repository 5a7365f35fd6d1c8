package london.sanctuary.referrals.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import london.sanctuary.referrals.outgoing.ReceiverHandovers;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.Routing;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Asks the receiving borough's referrals service which directory services took a referral's items on, {@code GET
 * /api/exchange/{to}/referrals/{id}/handovers}, authenticated as the sending borough (its service client's token)
 * through the same client and service tokens as key release (Resilience4j instance {@code handovers}). The receiver's
 * base URL is {@code sanctuary.referrals.exchange.<to>}, as the sender's is for key release. Only a 404 (the
 * receiver no longer holds the referral, or this sender is not its sender) ends the asking; any other refusal, a 401
 * or 403 from a receiver that does not trust this issuer yet, or no token of our own, is asked again next check.
 */
public final class HttpReceiverHandovers implements ReceiverHandovers {

    public static final String PATH = "/api/exchange/{to}/referrals/{id}/handovers";

    private final RestClient http;
    private final Function<String, String> boroughs;
    private final ServiceCalls calls;

    /** @param boroughs a borough's code to its referrals service's base URL, or null when unknown */
    public HttpReceiverHandovers(RestClient http, Function<String, String> boroughs, ServiceCalls calls) {
        this.http = http;
        this.boroughs = boroughs;
        this.calls = calls;
    }

    @Override
    public Map<Integer, Pickup> ask(Routing routing) {
        String base = boroughs.apply(routing.to().code());
        if (base == null) {
            throw new ReceiverUnavailable(
                    "No referrals URL is configured for " + routing.to().code());
        }
        try {
            return calls.call(() -> handovers(base, routing));
        } catch (ServiceCalls.Unavailable e) {
            throw new ReceiverUnavailable("The receiving borough's referrals service " + e.getMessage());
        } catch (ServiceCalls.Refused e) {
            if (e.status() == 404) {
                throw new NotTold("The receiving borough " + e.getMessage());
            }
            throw new ReceiverUnavailable("The receiving borough " + e.getMessage());
        }
    }

    private Map<Integer, Pickup> handovers(String base, Routing routing) {
        String token = calls.token(routing.from());
        return http.get()
                .uri(base + PATH, routing.to().code(), routing.id().value())
                .headers(h -> h.setBearerAuth(token))
                .accept(MediaType.APPLICATION_JSON)
                .exchange(
                        (request, response) -> {
                            ServiceCalls.raiseFor(response.getStatusCode().value(), "referrals");
                            Answer answer = response.bodyTo(Answer.class);
                            if (answer == null || answer.handovers() == null) {
                                throw new ServiceCalls.Refused("answered no handovers");
                            }
                            return answer.byItem();
                        },
                        true);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(List<Handed> handovers) {

        Map<Integer, Pickup> byItem() {
            Map<Integer, Pickup> told = new TreeMap<>();
            for (Handed h : handovers) {
                if (h != null) {
                    told.put(
                            h.item(),
                            h.fromDirectory() && h.serviceId() != null
                                    ? Pickup.fromDirectory(
                                            null,
                                            h.serviceId(),
                                            h.service(),
                                            new Pickup.Contact(h.organisation(), h.url(), h.phone()))
                                    : Pickup.toldTheSender(null, false));
                }
            }
            return told;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Handed(
            int item,
            boolean fromDirectory,
            String serviceId,
            String service,
            String organisation,
            String url,
            String phone) {}
}
