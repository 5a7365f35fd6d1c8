package london.sanctuary.referrals.remote;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import london.sanctuary.contracts.Borough;
import london.sanctuary.referrals.crypto.BoroughKey;
import london.sanctuary.referrals.crypto.KeyDirectory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Other boroughs' public keys from their referrals services' key directory, {@code GET {base}}{@value KeyDirectory#PATH} (the
 * base URL is {@code sanctuary.referrals.exchange.<borough>}), the current key first. Kept for {@code maxAge}; a kid
 * not known is fetched again at once (a borough that rotated), at most once a {@code minRefetch}; a kid the borough
 * stopped publishing still serves for {@code grace}. A borough with no URL falls back to {@code fixed} (a static
 * key). Each published kid must be the thumbprint of its key, or the key is ignored.
 */
public final class HttpKeyDirectory implements KeyDirectory {

    /** The settings: how long a fetched set is fresh, how soon a miss may fetch again, how long a dropped kid stays. */
    public record Timing(Duration maxAge, Duration minRefetch, Duration grace) {}

    private record Seen(BoroughKey key, Instant lastPublished) {}

    private record Fetched(Instant at, String currentKid, Map<String, Seen> keys) {}

    private final RestClient http;
    private final Function<String, String> urls;
    private final KeyDirectory fixed;
    private final ServiceCalls calls;
    private final Timing timing;
    private final Clock clock;
    private final Map<String, Fetched> cache = new ConcurrentHashMap<>();

    public HttpKeyDirectory(
            RestClient http,
            Function<String, String> urls,
            KeyDirectory fixed,
            ServiceCalls calls,
            Timing timing,
            Clock clock) {
        this.http = http;
        this.urls = urls;
        this.fixed = fixed;
        this.calls = calls;
        this.timing = timing;
        this.clock = clock;
    }

    @Override
    public boolean lists(Borough borough) {
        return urls.apply(borough.code()) != null || fixed.lists(borough);
    }

    @Override
    public Optional<BoroughKey> find(Borough borough, String kid) {
        String base = urls.apply(borough.code());
        if (base == null) {
            return fixed.find(borough, kid);
        }
        Instant now = clock.instant();
        Fetched known = cache.get(borough.code());
        if (known == null || known.at().plus(timing.maxAge()).isBefore(now)) {
            known = fetch(borough, base, known, now);
        }
        Optional<BoroughKey> found = pick(known, kid, now);
        if (found.isEmpty()
                && kid != null
                && known.at().plus(timing.minRefetch()).isBefore(now)) {
            found = pick(fetch(borough, base, known, now), kid, now);
        }
        return found;
    }

    private Optional<BoroughKey> pick(Fetched known, String kid, Instant now) {
        String wanted = kid == null ? known.currentKid() : kid;
        return Optional.ofNullable(wanted == null ? null : known.keys().get(wanted))
                .filter(s -> !s.lastPublished().plus(timing.grace()).isBefore(now))
                .map(Seen::key);
    }

    private Fetched fetch(Borough borough, String base, Fetched before, Instant now) {
        JWKSet published = read(borough, base);
        Map<String, Seen> keys = new LinkedHashMap<>();
        String current = null;
        for (JWK jwk : published.getKeys()) {
            Optional<BoroughKey> key = forEncryption(jwk);
            if (key.isPresent()) {
                current = current == null ? key.get().kid() : current;
                keys.put(key.get().kid(), new Seen(key.get(), now));
            }
        }
        if (before != null) {
            before.keys().values().stream()
                    .filter(s -> !s.lastPublished().plus(timing.grace()).isBefore(now))
                    .forEach(s -> keys.putIfAbsent(s.key().kid(), s));
        }
        Fetched fetched = new Fetched(now, current, Map.copyOf(keys));
        cache.put(borough.code(), fetched);
        return fetched;
    }

    private JWKSet read(Borough borough, String base) {
        try {
            String body = calls.call(() -> http.get()
                    .uri(base + PATH, borough.code())
                    .accept(MediaType.APPLICATION_JSON, MediaType.parseMediaType("application/jwk-set+json"))
                    .exchange(
                            (request, response) -> {
                                ServiceCalls.raiseFor(response.getStatusCode().value(), "key directory");
                                return response.bodyTo(String.class);
                            },
                            true));
            return JWKSet.parse(body == null ? "" : body);
        } catch (ServiceCalls.Unavailable | ServiceCalls.Refused e) {
            throw new Unavailable(borough.code() + "'s key directory " + e.getMessage());
        } catch (ParseException e) {
            throw new Unavailable(borough.code() + "'s key directory answered no key set");
        }
    }

    private static Optional<BoroughKey> forEncryption(JWK jwk) {
        if (!(jwk instanceof RSAKey rsa) || (rsa.getKeyUse() != null && rsa.getKeyUse() != KeyUse.ENCRYPTION)) {
            return Optional.empty();
        }
        try {
            BoroughKey key = BoroughKey.of(rsa.toRSAPublicKey());
            return key.kid().equals(rsa.getKeyID()) ? Optional.of(key) : Optional.empty();
        } catch (JOSEException e) {
            return Optional.empty();
        }
    }
}
