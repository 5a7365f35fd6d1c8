package london.sanctuary.proof.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ports free at the time of asking, never the platform's fixed defaults: other platforms run beside this one. */
public final class FreePorts {

    private FreePorts() {}

    /** One free port for each name. */
    public static Map<String, Integer> of(Iterable<String> names) throws IOException {
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

    public static int one() throws IOException {
        return of(List.of("port")).get("port");
    }
}
