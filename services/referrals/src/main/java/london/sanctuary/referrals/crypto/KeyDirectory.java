package london.sanctuary.referrals.crypto;

import java.util.Map;
import java.util.Optional;
import london.sanctuary.contracts.Borough;

/**
 * Where other boroughs' public keys come from: each borough's referrals service publishes its keys, the current one
 * first ({@code remote.HttpKeyDirectory}); {@link #of} is a fixed set (tests, and a borough given a static key).
 */
public interface KeyDirectory {

    /** Where a borough's referrals service publishes its keys, a JWK set. */
    String PATH = "/.well-known/sanctuary/boroughs/{borough}/keys";

    /** Whether the borough is on the exchange: its keys can be asked for. */
    boolean lists(Borough borough);

    /** The borough's key named {@code kid}, or its current key when {@code kid} is null; empty if it publishes none. */
    Optional<BoroughKey> find(Borough borough, String kid);

    /** The directory could not be reached or answered nothing readable: worth another try. */
    class Unavailable extends RuntimeException {

        public Unavailable(String detail) {
            super(detail);
        }
    }

    static KeyDirectory of(Map<String, BoroughKey> keys) {
        Map<String, BoroughKey> fixed = Map.copyOf(keys);
        return new KeyDirectory() {
            @Override
            public boolean lists(Borough borough) {
                return fixed.containsKey(borough.code());
            }

            @Override
            public Optional<BoroughKey> find(Borough borough, String kid) {
                return Optional.ofNullable(fixed.get(borough.code()))
                        .filter(key -> kid == null || key.kid().equals(kid));
            }
        };
    }
}
