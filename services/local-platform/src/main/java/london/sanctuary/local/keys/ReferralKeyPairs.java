package london.sanctuary.local.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The referral exchange's RSA key pair of each demo borough (for key release), made once and kept under the data
 * folder so a restart can still open what was released before. LOCAL ONLY: a real borough keeps its private key in
 * a secret store; its referrals service publishes only the public one.
 */
public final class ReferralKeyPairs {

    private static final Logger log = LoggerFactory.getLogger(ReferralKeyPairs.class);

    private ReferralKeyPairs() {}

    /**
     * The referrals service's {@code sanctuary.referrals.keys.<borough>.private-key}: the public halves are found in
     * its key directory, as between real boroughs (decision 0051).
     */
    public static Map<String, Object> properties(Path folder, List<String> boroughs) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String borough : boroughs) {
            String prefix = "sanctuary.referrals.keys." + borough + ".";
            properties.put(prefix + "private-key", loadOrCreate(folder, borough, "private"));
        }
        return properties;
    }

    private static String loadOrCreate(Path folder, String borough, String half) throws IOException {
        Path file = folder.resolve(borough + "." + half);
        if (!Files.exists(file)) {
            create(folder, borough);
        }
        return Files.readString(file).strip();
    }

    private static void create(Path folder, String borough) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        Files.createDirectories(folder);
        Base64.Encoder base64 = Base64.getEncoder();
        Files.writeString(
                folder.resolve(borough + ".public"),
                base64.encodeToString(pair.getPublic().getEncoded()));
        Path secret = folder.resolve(borough + ".private");
        Files.writeString(secret, base64.encodeToString(pair.getPrivate().getEncoded()));
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.debug("Cannot restrict the permissions of {} on this file system", secret);
        }
        log.info("Created the referral key pair of {} in {}", borough, folder);
    }
}
