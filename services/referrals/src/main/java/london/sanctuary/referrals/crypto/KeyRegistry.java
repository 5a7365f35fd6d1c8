package london.sanctuary.referrals.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
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
 * Every borough's RSA public key, and the private keys of the boroughs this instance serves, from
 * configuration. A data key released to a borough is wrapped with RSA-OAEP (SHA-256) for its public key, so only
 * that borough can unwrap it.
 */
public final class KeyRegistry {

    /** The wrapping algorithm named in a key release. */
    public static final String RSA_OAEP_256 = "RSA-OAEP-256";

    private static final OAEPParameterSpec OAEP =
            new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

    private final Map<String, PublicKey> publicKeys;
    private final Map<String, PrivateKey> privateKeys;

    private KeyRegistry(Map<String, PublicKey> publicKeys, Map<String, PrivateKey> privateKeys) {
        this.publicKeys = Map.copyOf(publicKeys);
        this.privateKeys = Map.copyOf(privateKeys);
    }

    /** From base64 (or PEM) X.509 public keys and PKCS#8 private keys, by borough code. */
    public static KeyRegistry of(Map<String, String> publicKeys, Map<String, String> privateKeys) {
        Map<String, PublicKey> publics = new TreeMap<>();
        Map<String, PrivateKey> privates = new TreeMap<>();
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            for (Map.Entry<String, String> e : publicKeys.entrySet()) {
                publics.put(
                        Borough.of(e.getKey()).code(), rsa.generatePublic(new X509EncodedKeySpec(der(e.getValue()))));
            }
            for (Map.Entry<String, String> e : privateKeys.entrySet()) {
                privates.put(
                        Borough.of(e.getKey()).code(), rsa.generatePrivate(new PKCS8EncodedKeySpec(der(e.getValue()))));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("sanctuary.referrals.keys: a key is not RSA in base64 or PEM", e);
        }
        return new KeyRegistry(publics, privates);
    }

    /** Whether a referral can be sent to this borough: its public key is known. */
    public boolean knows(Borough borough) {
        return publicKeys.containsKey(borough.code());
    }

    public boolean canUnwrapFor(Borough borough) {
        return privateKeys.containsKey(borough.code());
    }

    /** The data key wrapped for the borough's public key, base64; empty for a borough without one. */
    public Optional<String> wrapFor(Borough borough, DataKey key) {
        PublicKey publicKey = publicKeys.get(borough.code());
        if (publicKey == null) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.ENCRYPT_MODE, publicKey, OAEP);
            return Optional.of(Base64.getEncoder().encodeToString(cipher.doFinal(key.raw())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA-OAEP is not available", e);
        }
    }

    /** Unwraps a released key with the served borough's private key; {@link Undecryptable} if it does not open. */
    public DataKey unwrapFor(Borough borough, String wrappedBase64) {
        PrivateKey privateKey = privateKeys.get(borough.code());
        if (privateKey == null) {
            throw new Undecryptable();
        }
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            cipher.init(Cipher.DECRYPT_MODE, privateKey, OAEP);
            return DataKey.of(cipher.doFinal(Base64.getDecoder().decode(wrappedBase64)));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            throw new Undecryptable();
        }
    }

    private static byte[] der(String text) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    @Override
    public String toString() {
        return "KeyRegistry[public " + publicKeys.keySet() + ", private " + privateKeys.keySet() + "]";
    }
}
