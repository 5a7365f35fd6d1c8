package london.sanctuary.proof.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.sanctuary.local.LocalSettings;
import london.sanctuary.local.services.HostedService;
import london.sanctuary.local.services.HostedServices;
import london.sanctuary.proof.bench.ChildJvm;
import org.awaitility.Awaitility;
import org.springframework.util.FileSystemUtils;

/**
 * Starts a process the way {@code ./run-local} does (its JVM flags), waits for every service in it to be ready,
 * puts a little load on it and reads its resident memory.
 */
public final class StartedProcesses {

    static final Duration READY_WITHIN = Duration.ofMinutes(10);
    static final String PLATFORM_JAR = "services/local-platform/target/local-platform-0.1.0-SNAPSHOT-exec.jar";

    /** Jars of the platform's own stack, left off the trivial app's classpath so it autoconfigures none of it. */
    private static final Pattern PLATFORM_STACK = Pattern.compile(
            ".*(mongo|kafka|security|oauth|jose|cloud|0\\.1\\.0-SNAPSHOT|springdoc|scala|h2-|resilience|thymeleaf"
                    + "|integration|cloudevents).*");

    private static final HttpProbe http = new HttpProbe();

    private StartedProcesses() {}

    /** The local platform from its executable jar, for these boroughs, without demo data. */
    public static Footprint platform(List<String> boroughs, int loadRequests) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-footprint-");
        Map<String, Integer> ports = LocalSettings.freePorts();
        List<String> args = new ArrayList<>(List.of("-jar", platformJar().toString()));
        ports.forEach((name, port) -> args.add("--sanctuary.local.ports." + name + "=" + port));
        args.add("--sanctuary.local.data-dir=" + dataDir);
        args.add("--sanctuary.local.demo-data=false");
        args.add("--sanctuary.local.boroughs=" + String.join(",", boroughs));
        List<Integer> services = HostedServices.ALL.stream()
                .map(HostedService::name)
                .map(ports::get)
                .toList();
        try {
            return measure(args, dataDir, services, () -> PlatformLoad.put(http, ports, loadRequests));
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** The baseline: {@link TrivialWebApp}, with the same JVM flags and the Spring Boot jars only. */
    public static Footprint trivialWebApp(int loadRequests) throws Exception {
        Path dir = Files.createTempDirectory("bench-footprint-");
        int port = LocalSettings.freePorts(List.of("app")).get("app");
        List<String> args = List.of(
                "-cp",
                ChildJvm.classpath(jar -> !PLATFORM_STACK.matcher(jar).matches()),
                TrivialWebApp.class.getName(),
                "--server.port=" + port,
                "--server.address=localhost",
                "--management.endpoint.health.probes.enabled=true");
        try {
            return measure(args, dir, List.of(port), () -> {
                for (int i = 0; i < loadRequests; i++) {
                    PlatformLoad.expectOk(http.get("http://localhost:" + port + "/hello", null), "/hello");
                }
            });
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    /** {@code ./run-local}'s default JVM flags, read from the script itself so they are written in one place. */
    static List<String> runLocalJvm() throws IOException {
        Path script = inRepository("run-local", "run the benchmark from a clone of the repository");
        Matcher flags = Pattern.compile("(?m)^default_opts=\"([^\"]+)\"").matcher(Files.readString(script));
        if (!flags.find()) {
            throw new IllegalStateException(script + " no longer sets default_opts=\"…\"");
        }
        return List.of(flags.group(1).trim().split("\\s+"));
    }

    /** Load put on a started process. */
    interface Load {
        void put() throws Exception;
    }

    private static Footprint measure(List<String> args, Path dir, List<Integer> readinessPorts, Load load)
            throws Exception {
        long started = System.nanoTime();
        try (ChildJvm process = ChildJvm.start(runLocalJvm(), args, dir.resolve("process.log"))) {
            Awaitility.await()
                    .atMost(READY_WITHIN)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> allReady(process, readinessPorts));
            double startSeconds = (System.nanoTime() - started) / 1e9;
            double readyMiB = ProcessStatus.residentMiB(process.pid());
            int threads = ProcessStatus.threads(process.pid());
            load.put();
            return new Footprint(startSeconds, readyMiB, ProcessStatus.residentMiB(process.pid()), threads);
        }
    }

    private static boolean allReady(ChildJvm process, List<Integer> ports) throws Exception {
        if (!process.isAlive()) {
            throw new IllegalStateException("The process ended before it was ready:\n" + process.tail());
        }
        for (int port : ports) {
            if (!http.ready(port)) {
                return false;
            }
        }
        return true;
    }

    private static Path platformJar() {
        String configured = System.getProperty("bench.platform-jar");
        return configured != null
                ? Path.of(configured)
                : inRepository(PLATFORM_JAR, "build the reactor first (./mvnw install -DskipTests)");
    }

    /** A file of this repository, from the working directory or a folder above it. */
    private static Path inRepository(String path, String hint) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(path))) {
                return dir.resolve(path);
            }
        }
        throw new IllegalStateException(path + " is missing: " + hint);
    }
}
