package london.sanctuary.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import london.sanctuary.local.auth.DemoClient;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.local.services.RunningService;

/** The one table printed when everything is ready, and how to get a token. */
final class StartupReport {

    /** One component of the platform, where to reach it, and its status. */
    record Row(String component, String address, String status) {}

    private StartupReport() {}

    static String render(double readySeconds, PlatformWiring wiring, List<RunningService> services) {
        List<Row> rows = new ArrayList<>(List.of(
                new Row("kafka", wiring.broker().bootstrapServers(), "UP"),
                new Row("mongo", wiring.store().connectionString(), "UP"),
                new Row("auth", wiring.auth().issuer(), "UP")));
        services.forEach(s -> rows.add(new Row(s.service().name(), s.baseUrl(), "UP (readiness)")));
        StringBuilder table = new StringBuilder("\n");
        String format = "  %-16s %-42s %s%n";
        table.append(String.format(format, "COMPONENT", "URL / PORT", "STATUS"));
        rows.forEach(row -> table.append(String.format(format, row.component(), row.address(), row.status())));
        table.append(String.format(
                "  ready %.1f s after JVM start (%.1f s now), resident memory %s%n",
                readySeconds, secondsSinceJvmStart(), residentMemory().orElse("n/a")));
        services.stream()
                .filter(s -> s.service().name().equals(LocalPlatform.WORKSPACE))
                .findFirst()
                .ifPresent(workspace -> table.append(demoUsers(workspace.baseUrl())));
        table.append("  demo clients, service to service (LOCAL ONLY, secret = <client-id>-secret): ");
        table.append(String.join(
                ", ", DemoClient.ALL.stream().map(DemoClient::clientId).toList()));
        table.append(String.format(
                "%n  get a token: curl -s -u newham-officer:newham-officer-secret -d grant_type=client_credentials %s%n",
                wiring.auth().tokenUri()));
        return table.toString();
    }

    /** Who can sign in to the workspace, by borough, with their roles. LOCAL ONLY: the passwords are public. */
    static String demoUsers(String workspaceUrl) {
        StringBuilder users = new StringBuilder(String.format(
                "  staff workspace %s — sign in as a demo user (LOCAL ONLY, password = <user>-demo):%n", workspaceUrl));
        for (DemoUser user : DemoUser.ALL) {
            users.append(String.format(
                    "    %-18s %-16s %-9s %s%n",
                    user.username(), user.name(), user.borough().orElse("London"), String.join(", ", user.roles())));
        }
        return users.toString();
    }

    static double secondsSinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
    }

    /** This process's resident set size from {@code /proc/self/status}, where there is one. */
    static Optional<String> residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .filter(kilobytes -> !kilobytes.isEmpty())
                    .map(kilobytes -> Long.parseLong(kilobytes) / 1024 + " MB")
                    .findFirst();
        } catch (IOException | RuntimeException absent) {
            return Optional.empty();
        }
    }
}
