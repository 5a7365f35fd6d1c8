package london.sanctuary.referrals.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;
import java.util.function.Function;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.referrals.incoming.KeyFetcher;
import london.sanctuary.referrals.referral.Routing;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Key release from the sending borough's referrals service, {@code POST /api/exchange/{from}/referrals/{id}/
 * key-release}, authenticated as the receiving borough (its service client's token). The sender's base URL is
 * {@code sanctuary.referrals.exchange.<from>}; {@code kid} names the receiver's current key in its key directory, so a
 * sender still holding the key set of before a rotation fetches it again. Through Resilience4j instance {@code key-release}: a sender that
 * is down leaves the acceptance to be tried again, it loses nothing.
 */
public final class HttpKeyFetcher implements KeyFetcher {

    public static final String PATH = "/api/exchange/{from}/referrals/{id}/key-release";

    private final RestClient http;
    private final Function<String, String> senders;
    private final ServiceCalls calls;
    private final Function<Borough, Optional<String>> currentKids;

    /**
     * @param senders a sending borough's code to its referrals service's base URL, or null when unknown
     * @param currentKids a served borough's current key, which the sender is asked to wrap for (the key directory)
     */
    public HttpKeyFetcher(
            RestClient http,
            Function<String, String> senders,
            ServiceCalls calls,
            Function<Borough, Optional<String>> currentKids) {
        this.http = http;
        this.senders = senders;
        this.calls = calls;
        this.currentKids = currentKids;
    }

    @Override
    public String fetch(Routing routing) {
        String base = senders.apply(routing.from().code());
        if (base == null) {
            throw new SenderUnavailable(
                    "No referrals URL is configured for " + routing.from().code());
        }
        try {
            return calls.call(() -> release(base, routing));
        } catch (ServiceCalls.Unavailable e) {
            throw new SenderUnavailable("The sending borough's referrals service " + e.getMessage());
        } catch (ServiceCalls.Refused e) {
            throw new KeyRefused("The sending borough " + e.getMessage());
        }
    }

    private String release(String base, Routing routing) {
        String token = calls.token(routing.to());
        String kid = currentKids.apply(routing.to()).orElse("");
        return http.post()
                .uri(
                        base + PATH + "?kid={kid}",
                        routing.from().code(),
                        routing.id().value(),
                        kid)
                .headers(h -> h.setBearerAuth(token))
                .accept(MediaType.APPLICATION_JSON)
                .exchange(
                        (request, response) -> {
                            ServiceCalls.raiseFor(response.getStatusCode().value(), "referrals");
                            Released released = response.bodyTo(Released.class);
                            if (released == null || released.wrappedKey() == null) {
                                throw new ServiceCalls.Refused("answered no key");
                            }
                            return released.wrappedKey();
                        },
                        true);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Released(ReferralId referralId, String keyId, String algorithm, String wrappedKey) {

        @Override
        public String toString() {
            return "Released[" + keyId + "]";
        }
    }
}
