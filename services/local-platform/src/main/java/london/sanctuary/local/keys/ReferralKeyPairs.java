package london.sanctuary.local.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The referral exchange's RSA key pair of each demo borough (for key release), made once and kept under the data
 * folder so a restart can still open what was released before. LOCAL ONLY: a real borough keeps its private key in
 * a secret store; its referrals service publishes only the public one.
 *
 * <p>Making a 2048-bit pair is the one piece of a first start that costs real CPU per borough (about 40% of the
 * samples of a first start at 33 boroughs, decision 0061): the pairs missing are made on a thread per processor,
 * begun before the broker and the store start, and awaited only when the services' properties are needed.
 */
public final class ReferralKeyPairs {

    private static final Logger log = LoggerFactory.getLogger(ReferralKeyPairs.class);

    private ReferralKeyPairs() {}

    /**
     * Begins loading, or making, each borough's pair; completes with the referrals service's {@code
     * sanctuary.referrals.keys.<borough>.private-key} (the public halves are found in its key directory, as between
     * real boroughs, decision 0051), in the boroughs' order.
     */
    public static CompletableFuture<Map<String, Object>> prepare(Path folder, List<String> boroughs) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), boroughs.size()));
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "referral-keys-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<CompletableFuture<String>> keys = boroughs.stream()
                .map(borough -> CompletableFuture.supplyAsync(() -> loadOrCreate(folder, borough), pool))
                .toList();
        return CompletableFuture.allOf(keys.toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    Map<String, Object> properties = new LinkedHashMap<>();
                    for (int i = 0; i < boroughs.size(); i++) {
                        properties.put(
                                "sanctuary.referrals.keys." + boroughs.get(i) + ".private-key",
                                keys.get(i).join());
                    }
                    return properties;
                })
                .whenComplete((properties, failure) -> pool.shutdown());
    }

    private static String loadOrCreate(Path folder, String borough) {
        try {
            Path file = folder.resolve(borough + ".private");
            if (!Files.exists(file)) {
                create(folder, borough);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The referral key pair of " + borough + " could not be kept", e);
        }
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
