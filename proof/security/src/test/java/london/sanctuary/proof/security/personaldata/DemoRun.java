package london.sanctuary.proof.security.personaldata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import london.sanctuary.local.LocalPlatform;
import london.sanctuary.local.LocalSettings;
import london.sanctuary.local.demo.DemoSize;
import london.sanctuary.local.services.RunningService;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.PlatformClients;
import london.sanctuary.proof.security.ProofPlatform;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.util.FileSystemUtils;

/**
 * The whole local platform with its demo data, started once for every test class that asks for it (the personal-data
 * scan and the page tests), on free ports in a temporary directory, with every log line of the JVM captured from before
 * the first component starts. At suite size it serves Newham and Barnet (two boroughs, so demo referrals flow between
 * them) with the small demo set (every kind of record, eight weeks of sessions); with {@code -Dproof.size=full} the
 * three demo boroughs and the whole demo data set.
 */
public final class DemoRun implements AutoCloseable {

    public static final boolean FULL = london.sanctuary.platform.test.ProofSize.full();
    private static final List<String> BOROUGHS =
            FULL ? List.of("newham", "barnet", "lambeth") : List.of("newham", "barnet");

    private final Path dataDir;
    private final LogCapture logs;
    private final LocalSettings settings;
    private final LocalPlatform platform;
    private final List<Person> people;

    private DemoRun() throws Exception {
        // the seeded platform's classes have run (junit-platform.properties): one idle platform less beside this one
        ProofPlatform.stop();
        dataDir = Files.createTempDirectory("proof-security-demo");
        logs = LogCapture.open();
        settings =
                new LocalSettings(dataDir, BOROUGHS, LocalSettings.freePorts(), FULL ? DemoSize.FULL : DemoSize.SMALL);
        platform = new LocalPlatform(settings);
        long started = System.nanoTime();
        try {
            platform.start(); // returns once every service is ready and the demo data is loaded
        } catch (Exception | Error failure) {
            close();
            throw failure;
        }
        List<String> shortfalls = logs.lines().stream()
                .filter(line -> line.contains("Demo data:") && line.contains("not fully loaded"))
                .toList();
        if (!shortfalls.isEmpty()) { // the loader goes on after a failure; what is proven here needs all of it
            close();
            throw new IllegalStateException("The demo data did not load fully: " + shortfalls);
        }
        people = List.copyOf(People.enrolled(this)); // before any test erases someone
        System.out.printf(
                "Demo run: %s, %d participants, started and loaded in %.1f s%n",
                String.join(", ", BOROUGHS), people.size(), (System.nanoTime() - started) / 1e9);
    }

    /** Every participant enrolled in the demo run (transfers at a receiving borough too), as it started. */
    List<Person> people() {
        return people;
    }

    /** Where the run keeps its files: the store's ({@code mongo/}), the keyrings ({@code keyring/<service>}). */
    public Path dataDir() {
        return dataDir;
    }

    public List<String> boroughs() {
        return BOROUGHS;
    }

    public LogCapture logs() {
        return logs;
    }

    public List<RunningService> services() {
        return platform.runningServices();
    }

    public int port(String component) {
        return settings.port(component);
    }

    public String bootstrapServers() {
        return "localhost:" + port("kafka");
    }

    public String mongoUri() {
        return "mongodb://localhost:" + port("mongo");
    }

    /** A service's API as a demo client (secret {@code <id>-secret}, local only) would call it. */
    public ApiClient api(String service, String clientId) {
        return new ApiClient(port(service), token(clientId));
    }

    /** A client-credentials token of a demo client. */
    public String token(String clientId) {
        return PlatformClients.accessToken(port("auth"), clientId, clientId + "-secret");
    }

    @Override
    public void close() throws IOException {
        platform.close();
        logs.close();
        FileSystemUtils.deleteRecursively(dataDir);
    }

    /**
     * Gives a test's {@code DemoRun} parameter the one run of this JVM, stopped when every test has run. A run that did
     * not start is not tried again for the next test class: each gets the same failure.
     */
    public static final class Shared implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DemoRun.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(DemoRun.class, key -> Attempt.start(), Attempt.class)
                    .run();
        }
    }

    private record Attempt(DemoRun started, IllegalStateException failure) implements AutoCloseable {

        static Attempt start() {
            try {
                return new Attempt(new DemoRun(), null);
            } catch (Exception e) {
                return new Attempt(null, new IllegalStateException("the demo run did not start", e));
            }
        }

        DemoRun run() {
            if (failure != null) {
                throw failure;
            }
            return started;
        }

        @Override
        public void close() throws IOException {
            if (started != null) {
                started.close();
            }
        }
    }
}
