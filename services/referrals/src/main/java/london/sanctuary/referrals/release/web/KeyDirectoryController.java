package london.sanctuary.referrals.release.web;

import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.referrals.crypto.BoroughKey;
import london.sanctuary.referrals.crypto.KeyDirectory;
import london.sanctuary.referrals.crypto.KeyRegistry;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key directory: a served borough's public keys for key release as a JWK set, the current key first, then those
 * kept for their grace period, each named by its thumbprint ({@code kid}). Public (nothing in it is secret) and
 * cacheable, so other boroughs' referrals services find the key to wrap a released data key for.
 */
@RestController
class KeyDirectoryController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final KeyRegistry registry;
    private final ServedBoroughs served;

    KeyDirectoryController(KeyRegistry registry, ServedBoroughs served) {
        this.registry = registry;
        this.served = served;
    }

    @GetMapping(path = KeyDirectory.PATH, produces = "application/jwk-set+json")
    ResponseEntity<Map<String, Object>> keys(@PathVariable String borough) {
        List<BoroughKey> keys = served.serves(borough) ? registry.published(Borough.of(borough)) : List.of();
        if (keys.isEmpty()) {
            throw new NotFound("Borough");
        }
        return ResponseEntity.ok()
                .cacheControl(CACHE)
                .body(Map.of(
                        "keys", keys.stream().map(KeyDirectoryController::asJwk).toList()));
    }

    private static Map<String, Object> asJwk(BoroughKey key) {
        return new RSAKey.Builder(key.publicKey())
                .keyID(key.kid())
                .keyUse(KeyUse.ENCRYPTION)
                .algorithm(JWEAlgorithm.RSA_OAEP_256)
                .build()
                .toJSONObject();
    }
}
