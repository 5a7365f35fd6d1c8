package london.sanctuary.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.local.demo.DemoSize;
import london.sanctuary.local.services.HostedService;
import london.sanctuary.local.services.HostedServices;

/**
 * What the local platform starts and where: every key is {@code sanctuary.local.*} (see README).
 *
 * @param dataDir where the broker, the store and the authorization server keep their files
 * @param boroughs the boroughs served (topics, demo data, {@code sanctuary.boroughs} of each service)
 * @param ports the port of each component by name: {@code kafka}, {@code kafka-controller}, {@code
 *     mongo}, {@code auth} and one per hosted service
 * @param demoData how much demo data to load into boroughs that have none
 */
public record LocalSettings(Path dataDir, List<String> boroughs, Map<String, Integer> ports, DemoSize demoData) {

    public static final String PREFIX = "sanctuary.local.";

    public LocalSettings {
        boroughs = List.copyOf(boroughs);
        ports = Map.copyOf(ports);
    }

    /** The fixed ports used when nothing overrides them. */
    public static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", 9092);
        ports.put("kafka-controller", 9093);
        ports.put("mongo", 27017);
        ports.put("auth", 9000);
        for (HostedService service : HostedServices.ALL) {
            ports.put(service.name(), service.defaultPort());
        }
        return ports;
    }

    /** Every port the platform needs, each free at the time of asking: for tests and benchmarks beside other runs. */
    public static Map<String, Integer> freePorts() throws IOException {
        return freePorts(defaultPorts().keySet());
    }

    /** One free port for each name, each free at the time of asking. */
    public static Map<String, Integer> freePorts(Iterable<String> names) throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (String name : names) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.put(name, socket.getLocalPort());
            }
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
        return ports;
    }

    public static LocalSettings from(SettingsSource source) {
        Map<String, Integer> ports = defaultPorts();
        ports.replaceAll((name, port) -> source.get(PREFIX + "ports." + name)
                .map(value -> parsePort(name, value))
                .orElse(port));
        Path dataDir = Path.of(source.get(PREFIX + "data-dir").orElse("./data"));
        List<String> boroughs = Arrays.stream(source.get(PREFIX + "boroughs")
                        .orElse("newham,barnet,lambeth")
                        .split(","))
                .map(String::trim)
                .filter(borough -> !borough.isEmpty())
                .toList();
        DemoSize demoData = DemoSize.parse(
                PREFIX + "demo-data", source.get(PREFIX + "demo-data").orElse("true"));
        return new LocalSettings(dataDir.toAbsolutePath().normalize(), boroughs, ports, demoData);
    }

    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("No port is configured for " + name);
        }
        return port;
    }

    private static int parsePort(String name, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the key that was wrong
        }
        throw new IllegalArgumentException(PREFIX + "ports." + name + " must be a port number, not '" + value + "'");
    }
}
