package london.sanctuary.proof.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import london.sanctuary.local.LocalPlatform;
import london.sanctuary.local.LocalSettings;
import london.sanctuary.local.demo.DemoSize;
import org.springframework.util.FileSystemUtils;

/**
 * The whole local platform started once in this JVM for the benchmarks that drive it through its APIs: the
 * three demo boroughs, free ports, a temporary data directory, no demo data. Stopped, and its data deleted, when
 * the JVM ends.
 */
final class BenchPlatform {

    private static BenchPlatform shared;

    private final LocalSettings settings;

    private BenchPlatform(LocalSettings settings) {
        this.settings = settings;
    }

    /** The running platform, started on first use. */
    static synchronized BenchPlatform shared() throws Exception {
        if (shared == null) {
            Path data = Files.createTempDirectory("sanctuary-bench-");
            LocalSettings settings = new LocalSettings(
                    data, List.of("newham", "barnet", "lambeth"), LocalSettings.freePorts(), DemoSize.NONE);
            // The write-path benchmark sends thousands of answers to one form from this one address: the public
            // form's rate limit (per address and form) would measure itself, so the benchmark turns it off.
            System.setProperty("sanctuary.feedback.public-limits.enabled", "false");
            LocalPlatform platform = new LocalPlatform(settings);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                platform.close();
                                FileSystemUtils.deleteRecursively(data.toFile()); // gigabytes after the scale benchmark
                            },
                            "bench-platform-stop"));
            platform.start();
            shared = new BenchPlatform(settings);
        }
        return shared;
    }

    /** {@code http://localhost:<port>} of a hosted service. */
    String url(String service) {
        return "http://localhost:" + settings.port(service);
    }

    String tokenUri() {
        return url("auth") + "/oauth2/token";
    }

    String kafka() {
        return "localhost:" + settings.port("kafka");
    }

    String mongo() {
        return "mongodb://localhost:" + settings.port("mongo");
    }
}
