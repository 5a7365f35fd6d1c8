package london.sanctuary.local.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The referral exchange's RSA key pair of each demo borough (for key release), made once and kept under the data
 * folder so a restart can still open what was released before. LOCAL ONLY: a real borough keeps its private key in
 * a secret store; its referrals service publishes only the public one.
 *
 * <p>Making a 2048-bit pair is the one piece of a first start that costs real CPU per borough. The platform's JVM runs
 * the quick compiler alone ({@code ./run-local}), where a pair costs 0.65 s of CPU: the prime search leans on {@code
 * BigInteger} intrinsics only the optimizing compiler has, with which it costs 0.13 s. So the missing pairs are made
 * in a JVM of their own with the default compilers (decision 0086), begun before the broker and the store start and
 * awaited only when the services' properties are needed; should that JVM not start or fail, they are made here.
 */
public final class ReferralKeyPairs {

    private static final Logger log = LoggerFactory.getLogger(ReferralKeyPairs.class);
    private static final long CHILD_PATIENCE_MINUTES = 5;

    private ReferralKeyPairs() {}

    /**
     * Begins loading, or making, each borough's pair; completes with the referrals service's {@code
     * sanctuary.referrals.keys.<borough>.private-key} (the public halves are found in its key directory, as between
     * real boroughs, decision 0051), in the boroughs' order.
     */
    public static CompletableFuture<Map<String, Object>> prepare(Path folder, List<String> boroughs) {
        return prepare(folder, boroughs, javaCommand());
    }

    static CompletableFuture<Map<String, Object>> prepare(Path folder, List<String> boroughs, String java) {
        return CompletableFuture.supplyAsync(
                () -> {
                    makeMissing(folder, boroughs, java);
                    Map<String, Object> properties = new LinkedHashMap<>();
                    for (String borough : boroughs) {
                        properties.put("sanctuary.referrals.keys." + borough + ".private-key", read(folder, borough));
                    }
                    return properties;
                },
                task -> daemon("referral-keys", task).start());
    }

    /** Makes the pairs of the boroughs named after the folder: the platform's JVM runs this in a JVM of its own. */
    public static void main(String[] args) {
        makeHere(Path.of(args[0]), List.of(args).subList(1, args.length));
    }

    private static void makeMissing(Path folder, List<String> boroughs, String java) {
        List<String> missing = missing(folder, boroughs);
        if (missing.isEmpty()) {
            return;
        }
        if (!madeInAJvmOfTheirOwn(folder, missing, java)) {
            makeHere(folder, missing(folder, boroughs));
        }
    }

    private static List<String> missing(Path folder, List<String> boroughs) {
        return boroughs.stream()
                .filter(borough -> !Files.exists(privateKey(folder, borough)))
                .toList();
    }

    /** Whether a JVM of their own made the pairs; package-private for the test that it does. */
    static boolean madeInAJvmOfTheirOwn(Path folder, List<String> boroughs, String java) {
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmx64m"));
        command.addAll(launching(ReferralKeyPairs.class));
        command.add(folder.toString());
        command.addAll(boroughs);
        Path output = null;
        try {
            // its lines to a file, not to this JVM's streams: a test JVM's standard output is Surefire's channel
            output = Files.createTempFile("referral-keys-", ".log");
            Process child = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (child.waitFor(CHILD_PATIENCE_MINUTES, TimeUnit.MINUTES) && child.exitValue() == 0) {
                log.info("Created the referral key pairs of {} in {}", String.join(", ", boroughs), folder);
                return true;
            }
            child.destroyForcibly();
            log.warn(
                    "The JVM making the referral key pairs failed (exit {}): making them here. It said:\n{}",
                    exitOf(child),
                    Files.readString(output));
        } catch (IOException cannotStart) {
            log.warn("No JVM could be started to make the referral key pairs ({}): making them here", java);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            deleteQuietly(output);
        }
        return false;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.debug("Could not delete {}", file);
            }
        }
    }

    /**
     * The class path and main class that run {@code main} of this class: from the platform's executable jar through
     * Spring Boot's {@code PropertiesLauncher} (the jar's own launcher starts only the platform), else directly.
     */
    private static List<String> launching(Class<?> main) {
        String classPath = System.getProperty("java.class.path");
        String location =
                String.valueOf(main.getProtectionDomain().getCodeSource().getLocation());
        if (location.startsWith("jar:nested:")) {
            return List.of(
                    "-cp",
                    classPath,
                    "-Dloader.main=" + main.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        return List.of("-cp", classPath, main.getName());
    }

    static String javaCommand() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String exitOf(Process child) {
        return child.isAlive() ? "none, stopped" : String.valueOf(child.exitValue());
    }

    /** Makes the pairs on a thread per processor. */
    private static void makeHere(Path folder, List<String> boroughs) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), boroughs.size()));
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(threads, task -> daemon("referral-keys-" + count.incrementAndGet(), task));
        try {
            CompletableFuture.allOf(boroughs.stream()
                            .map(borough -> CompletableFuture.runAsync(() -> create(folder, borough), pool))
                            .toArray(CompletableFuture[]::new))
                    .join();
        } finally {
            pool.shutdown();
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static String read(Path folder, String borough) {
        try {
            return Files.readString(privateKey(folder, borough)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("The referral key pair of " + borough + " could not be read", e);
        }
    }

    private static Path privateKey(Path folder, String borough) {
        return folder.resolve(borough + ".private");
    }

    private static void create(Path folder, String borough) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
        try {
            Files.createDirectories(folder);
            Base64.Encoder base64 = Base64.getEncoder();
            Files.writeString(
                    folder.resolve(borough + ".public"),
                    base64.encodeToString(pair.getPublic().getEncoded()));
            // made owner-only before the key is in it, written aside and moved into place: no one else reads it even
            // for an instant, and a JVM stopped while writing leaves no half of a key behind
            Path secret = folder.resolve(borough + ".private.partial");
            Files.deleteIfExists(secret);
            try {
                Files.createFile(
                        secret, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                log.debug("Cannot restrict the permissions of {} on this file system", secret);
                Files.createFile(secret);
            }
            Files.writeString(secret, base64.encodeToString(pair.getPrivate().getEncoded()));
            Files.move(secret, privateKey(folder, borough), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The referral key pair of " + borough + " could not be kept", e);
        }
        log.info("Created the referral key pair of {} in {}", borough, folder);
    }
}
