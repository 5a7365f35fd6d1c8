package london.sanctuary.proof.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * Requests for one endpoint, from its OpenAPI document: path variables (real ids, guessed, hostile),
 * query parameters, {@code If-Match}, a token (mostly the borough's officer), and a JSON body that is
 * valid or broken in one of the ways in {@link HostileBodies#KINDS}.
 */
final class HostileRequests {

    private static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "application/json; charset=ebcdic-unknown",
            "*/*",
            "???");

    /** A request to send, and what it tried to set that the server owns. */
    record Request(
            String kind,
            String token,
            String path,
            String contentType,
            String body,
            List<String> headers,
            Map<String, String> pathValues,
            Map<String, JsonNode> injected) {}

    private final ProofPlatform platform;
    private final Map<String, KnownIds> ids;
    private final Random random;
    private final int hugeLength;
    private final HostileBodies bodies;

    HostileRequests(ProofPlatform platform, Map<String, KnownIds> ids, Random random, int hugeLength) {
        this.platform = platform;
        this.ids = ids;
        this.random = random;
        this.hugeLength = hugeLength;
        this.bodies = new HostileBodies(random);
    }

    Request next(Endpoint endpoint) {
        String borough = ProofPlatform.BOROUGHS.get(random.nextInt(ProofPlatform.BOROUGHS.size()));
        List<String> others =
                ProofPlatform.BOROUGHS.stream().filter(b -> !b.equals(borough)).toList();
        Inputs inputs = new Inputs(random, endpoint.schemas(), ids.get(borough), others, hugeLength);
        Map<String, String> pathValues = pathValues(endpoint, borough, inputs);
        String path = endpoint.expand(pathValues) + query(endpoint, inputs);
        List<String> headers = new ArrayList<>();
        if (endpoint.parameters().stream().anyMatch(p -> p.name().equals("If-Match")) && random.nextInt(3) == 0) {
            headers.addAll(List.of("If-Match", ifMatch(inputs)));
        }
        String kind = endpoint.body() != null || random.nextInt(8) == 0
                ? HostileBodies.KINDS.get(random.nextInt(HostileBodies.KINDS.size()))
                : "no body";
        Map<String, JsonNode> injected = new LinkedHashMap<>();
        String body = bodies.of(endpoint, kind, inputs, injected);
        String contentType = body == null
                ? null
                : kind.equals("wrong content type")
                        ? WRONG_CONTENT_TYPES.get(random.nextInt(WRONG_CONTENT_TYPES.size()))
                        : "application/json";
        return new Request(kind, token(borough), path, contentType, body, headers, pathValues, injected);
    }

    private String token(String borough) {
        int roll = random.nextInt(100);
        if (roll < 85) {
            return platform.token(borough + "-officer");
        }
        if (roll < 93) {
            return platform.token(borough + "-service");
        }
        if (roll < 96) {
            return platform.token("gla-analyst");
        }
        return roll < 98 ? null : "not.a.token";
    }

    private Map<String, String> pathValues(Endpoint endpoint, String borough, Inputs inputs) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> known = ids.get(borough).all(endpoint).orElse(Map.of());
        for (Endpoint.Parameter parameter : endpoint.pathParameters()) {
            int roll = random.nextInt(100);
            String name = parameter.name();
            List<String> real = name.equals("borough") || name.endsWith("Borough")
                    ? List.of(name.equals("borough") ? borough : inputs.otherBorough())
                    : known.getOrDefault(name, ids.get(borough).field(name));
            if (roll < 85 && !real.isEmpty()) {
                values.put(name, real.get(random.nextInt(real.size())));
            } else if (roll < 85 && parameter.schema().has("enum")) {
                values.put(name, inputs.valid(parameter.schema()).asString());
            } else {
                values.put(name, roll < 92 ? inputs.uuid() : inputs.hostileShortString());
            }
        }
        return values;
    }

    private String query(Endpoint endpoint, Inputs inputs) {
        List<String> pairs = new ArrayList<>();
        for (Endpoint.Parameter parameter : endpoint.queryParameters()) {
            int roll = random.nextInt(10);
            if (roll < 7) {
                String value = roll < 4
                        ? inputs.valid(parameter.schema(), parameter.name(), 0).asString()
                        : inputs.hostileShortString();
                pairs.add(parameter.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        if (random.nextInt(10) == 0) {
            pairs.add("unexpected=" + URLEncoder.encode(inputs.hostileShortString(), StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** HTTP headers take printable ASCII only: a hostile value, stripped to what a client can send. */
    private String ifMatch(Inputs inputs) {
        String value = switch (random.nextInt(4)) {
            case 0 -> "\"0\"";
            case 1 -> "\"" + random.nextInt(5) + "\"";
            case 2 -> "W/\"-1\"";
            default -> inputs.hostileShortString();
        };
        String printable = value.replaceAll("[^\\x20-\\x7e]", "");
        return printable.isBlank() ? "*" : printable;
    }
}
