package london.sanctuary.proof.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.local.LocalPlatform;
import london.sanctuary.local.LocalSettings;
import london.sanctuary.local.demo.DemoSize;
import london.sanctuary.local.services.RunningService;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.PlatformClients;
import org.springframework.util.FileSystemUtils;

/**
 * The one local platform of this JVM's security tests: every service, the broker, the store and the
 * authorization server on free ports, its data in a temporary folder, seeded through the real APIs
 * ({@link Seed}). Started by the first test class that asks; stopped and its data deleted when the demo run starts (the
 * classes on this platform run first: junit-platform.properties), or else when the JVM exits.
 */
public final class ProofPlatform {

    static final List<String> BOROUGHS = List.of("newham", "barnet", "lambeth");
    private static ProofPlatform running;

    private final LocalSettings settings;
    private final LocalPlatform platform;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, KnownIds> ids = new LinkedHashMap<>();
    private List<Endpoint> endpoints;

    private ProofPlatform(LocalSettings settings) {
        this.settings = settings;
        this.platform = new LocalPlatform(settings);
    }

    static synchronized ProofPlatform get() throws Exception {
        if (running == null) {
            Path data = Files.createTempDirectory("proof-security");
            ProofPlatform started =
                    new ProofPlatform(new LocalSettings(data, BOROUGHS, LocalSettings.freePorts(), DemoSize.NONE));
            try {
                started.platform.start();
                Seed.load(started);
                started.endpoints = ApiDocs.of(started);
                for (String borough : BOROUGHS) {
                    started.ids.put(borough, KnownIds.of(started, borough, started.endpoints));
                }
            } catch (Exception | Error failure) {
                started.close();
                throw failure;
            }
            running = started;
            Runtime.getRuntime().addShutdownHook(new Thread(ProofPlatform::stop, "proof-platform-stop"));
        }
        return running;
    }

    /**
     * Stops the platform, if it runs, and deletes its data, so that no idle platform shares the machine with the next
     * (a later {@link #get()} would start and seed another).
     */
    public static synchronized void stop() {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    private void close() {
        platform.close();
        FileSystemUtils.deleteRecursively(settings.dataDir().toFile());
    }

    /** Every endpoint of every service, from their OpenAPI documents. */
    List<Endpoint> endpoints() {
        return endpoints;
    }

    /** The real ids of each borough's records, as they were once seeded: before any test changed them. */
    Map<String, KnownIds> ids() {
        return ids;
    }

    List<RunningService> services() {
        return platform.runningServices();
    }

    ApiClient client(String service, String token) {
        return new ApiClient(
                services().stream()
                        .filter(s -> s.service().name().equals(service))
                        .findFirst()
                        .orElseThrow()
                        .port(),
                token);
    }

    Path dataDir() {
        return settings.dataDir();
    }

    String bootstrapServers() {
        return "localhost:" + settings.port("kafka");
    }

    String mongoUri() {
        return "mongodb://localhost:" + settings.port("mongo");
    }

    String issuer() {
        return "http://localhost:" + settings.port("auth");
    }

    /** A real access token of a demo client ({@code <id>-secret}), fetched once. */
    String token(String clientId) {
        return tokens.computeIfAbsent(clientId, this::fetchToken);
    }

    private String fetchToken(String clientId) {
        return PlatformClients.accessToken(settings.port("auth"), clientId, clientId + "-secret");
    }
}
