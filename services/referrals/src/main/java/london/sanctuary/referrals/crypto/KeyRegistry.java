package london.sanctuary.referrals.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.Undecryptable;

/**
 * The RSA keys of key release: the private keys of the boroughs this instance serves — the current one first, then
 * those rotated out and kept for their grace period, all published in the key directory — and, through the
 * {@link KeyDirectory}, every other borough's public keys. A data key released to a borough is wrapped with RSA-OAEP
 * (SHA-256) for the key it names (by default its current one), so only that borough can unwrap it.
 */
public final class KeyRegistry {

    /** The wrapping algorithm named in a key release. */
    public static final String RSA_OAEP_256 = "RSA-OAEP-256";

    private static final OAEPParameterSpec OAEP =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private record OwnKey(BoroughKey published, PrivateKey privateKey) {}

    private final Map<String, List<OwnKey>> own;
    private final KeyDirectory directory;

    private KeyRegistry(Map<String, List<OwnKey>> own, KeyDirectory directory) {
        this.own = Map.copyOf(own);
        this.directory = directory;
    }

    /**
     * From each served borough's private keys (base64 PKCS#8 or PEM; the current one first, then those kept for
     * their grace period), and the directory of every borough's public keys.
     */
    public static KeyRegistry of(Map<String, List<String>> privateKeys, KeyDirectory directory) {
        Map<String, List<OwnKey>> own = new TreeMap<>();
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            for (Map.Entry<String, List<String>> e : privateKeys.entrySet()) {
                List<OwnKey> keys = new ArrayList<>();
                for (String text : e.getValue()) {
                    RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(text)));
                    RSAPublicKey half = (RSAPublicKey)
                            rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
                    keys.add(new OwnKey(BoroughKey.of(half), key));
                }
                own.put(Borough.of(e.getKey()).code(), List.copyOf(keys));
            }
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException(
                    "sanctuary.referrals.keys: a private key is not RSA in base64 or PEM", e);
        }
        return new KeyRegistry(own, directory);
    }

    /** Fixed keys by borough code: base64 (or PEM) X.509 public keys and one PKCS#8 private key each. */
    public static KeyRegistry of(Map<String, String> publicKeys, Map<String, String> privateKeys) {
        Map<String, List<String>> privates = new TreeMap<>();
        privateKeys.forEach((borough, key) -> privates.put(borough, List.of(key)));
        return of(privates, KeyDirectory.of(publicKeysOf(publicKeys)));
    }

    /** Base64 (or PEM) X.509 RSA public keys by borough code, each named by its thumbprint. */
    public static Map<String, BoroughKey> publicKeysOf(Map<String, String> publicKeys) {
        Map<String, BoroughKey> keys = new TreeMap<>();
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            for (Map.Entry<String, String> e : publicKeys.entrySet()) {
                keys.put(Borough.of(e.getKey()).code(), BoroughKey.of((RSAPublicKey)
                        rsa.generatePublic(new X509EncodedKeySpec(der(e.getValue())))));
            }
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("sanctuary.referrals.keys: a public key is not RSA in base64 or PEM", e);
        }
        return keys;
    }

    /** Whether a referral can be sent to this borough: it is in the key directory. */
    public boolean knows(Borough borough) {
        return directory.lists(borough);
    }

    public boolean canUnwrapFor(Borough borough) {
        return own.containsKey(borough.code());
    }

    /** A served borough's public keys as it publishes them: the current one first. */
    public List<BoroughKey> published(Borough borough) {
        return own.getOrDefault(borough.code(), List.of()).stream()
                .map(OwnKey::published)
                .toList();
    }

    /** The kid of a served borough's current key, which it asks a sender to wrap for. */
    public Optional<String> currentKid(Borough borough) {
        return published(borough).stream().findFirst().map(BoroughKey::kid);
    }

    /** The data key wrapped for the borough's current public key, base64; empty for a borough without one. */
    public Optional<String> wrapFor(Borough borough, DataKey key) {
        return wrapFor(borough, null, key);
    }

    /**
     * The data key wrapped for the borough's public key {@code kid} (null: its current one), base64; empty when the
     * directory has no such key. {@link KeyDirectory.Unavailable} when the directory cannot be asked.
     */
    public Optional<String> wrapFor(Borough borough, String kid, DataKey key) {
        return directory.find(borough, kid).map(found -> wrap(found.publicKey(), key));
    }

    /**
     * Unwraps a released key with the served borough's current private key, else one kept for its grace period;
     * {@link Undecryptable} if none opens it (RSA-OAEP fails on a wrong key, it never yields another data key).
     */
    public DataKey unwrapFor(Borough borough, String wrappedBase64) {
        for (OwnKey candidate : own.getOrDefault(borough.code(), List.of())) {
            try {
                Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
                cipher.init(Cipher.DECRYPT_MODE, candidate.privateKey(), OAEP);
                return DataKey.of(cipher.doFinal(Base64.getDecoder().decode(wrappedBase64)));
            } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
                // not this key: try the next kept one
            }
        }
        throw new Undecryptable();
    }

    private static String wrap(RSAPublicKey publicKey, DataKey key) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, publicKey, OAEP);
            return Base64.getEncoder().encodeToString(cipher.doFinal(key.raw()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-OAEP is not available", e);
        }
    }

    private static byte[] der(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    @Override
    public String toString() {
        return "KeyRegistry[private " + own.keySet() + "]";
    }
}
