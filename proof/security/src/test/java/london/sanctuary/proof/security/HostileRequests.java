package london.sanctuary.proof.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests for one endpoint, from its OpenAPI document: path variables (real ids, guessed, hostile),
 * query parameters, {@code If-Match}, a token (mostly the borough's officer), and a JSON body that is
 * valid or broken in one of the ways in {@link #BODY_KINDS}.
 */
final class HostileRequests {

    static final List<String> BODY_KINDS = List.of(
            "valid",
            "wrong type",
            "missing fields",
            "hostile strings",
            "nulls",
            "deep nesting",
            "server-owned fields",
            "not JSON",
            "wrong content type",
            "array body",
            "out-of-range numbers");
    /** Fields a client never sets, whatever the request's schema says of the answer's. */
    private static final Set<String> ALWAYS_SERVER_OWNED =
            Set.of("id", "borough", "status", "version", "createdAt", "updatedAt", "participantRef");

    private static final String DEEP = "__DEEP__";
    private static final List<String> NOT_JSON =
            List.of("{", "{\"a\":", "<xml/>", "nonsense", "[1,2", "{\"a\":1}{\"b\":2}", "{\"a\":1,\"a\":2}", "\u0000");
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

    HostileRequests(ProofPlatform platform, Map<String, KnownIds> ids, Random random, int hugeLength) {
        this.platform = platform;
        this.ids = ids;
        this.random = random;
        this.hugeLength = hugeLength;
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
                ? BODY_KINDS.get(random.nextInt(BODY_KINDS.size()))
                : "no body";
        Map<String, JsonNode> injected = new LinkedHashMap<>();
        String body = body(endpoint, kind, inputs, injected);
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

    private String body(Endpoint endpoint, String kind, Inputs inputs, Map<String, JsonNode> injected) {
        if (kind.equals("no body")) {
            return null;
        }
        JsonNode schema = endpoint.body() == null ? Inputs.NODES.objectNode() : endpoint.body();
        JsonNode valid = inputs.valid(schema);
        return switch (kind) {
            case "wrong type" -> write(replaceOne(valid, schema, inputs, inputs::wrongType));
            case "missing fields" -> write(missing(valid));
            case "hostile strings" -> write(hostileStrings(valid, inputs));
            case "nulls" ->
                random.nextInt(4) == 0
                        ? "null"
                        : write(replaceOne(valid, schema, inputs, s -> Inputs.NODES.nullNode()));
            case "deep nesting" -> deep(valid, schema, inputs);
            case "server-owned fields" -> write(serverOwned(valid, endpoint, inputs, injected));
            case "not JSON" -> NOT_JSON.get(random.nextInt(NOT_JSON.size()));
            case "array body" -> "[" + write(valid) + "]";
            case "out-of-range numbers" -> write(outOfRange(valid));
            default -> write(valid);
        };
    }

    private JsonNode replaceOne(
            JsonNode valid, JsonNode schema, Inputs inputs, java.util.function.Function<JsonNode, JsonNode> with) {
        if (!(valid instanceof ObjectNode object) || object.isEmpty()) {
            return with.apply(schema);
        }
        List<String> names = new ArrayList<>(object.propertyNames());
        String name = names.get(random.nextInt(names.size()));
        JsonNode property = inputs.resolve(schema).path("properties").path(name);
        object.set(name, with.apply(property.isMissingNode() ? Inputs.NODES.objectNode() : property));
        return object;
    }

    private JsonNode missing(JsonNode valid) {
        if (valid instanceof ObjectNode object) {
            new ArrayList<>(object.propertyNames()).forEach(name -> {
                if (random.nextBoolean()) {
                    object.remove(name);
                }
            });
        }
        return valid;
    }

    private JsonNode hostileStrings(JsonNode node, Inputs inputs) {
        if (node instanceof ObjectNode object) {
            new ArrayList<>(object.propertyNames())
                    .forEach(name -> object.set(name, hostileStrings(object.get(name), inputs)));
            return object;
        }
        if (node.isArray()) {
            tools.jackson.databind.node.ArrayNode array = Inputs.NODES.arrayNode();
            node.forEach(item -> array.add(hostileStrings(item, inputs)));
            return array;
        }
        return node.isString() && random.nextBoolean() ? Inputs.NODES.stringNode(inputs.hostileString()) : node;
    }

    private String deep(JsonNode valid, JsonNode schema, Inputs inputs) {
        int depth = 2_000 + random.nextInt(8_000);
        String nested = random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        return write(replaceOne(valid, schema, inputs, s -> Inputs.NODES.stringNode(DEEP)))
                .replace("\"" + DEEP + "\"", nested);
    }

    private JsonNode outOfRange(JsonNode node) {
        if (node instanceof ObjectNode object) {
            new ArrayList<>(object.propertyNames()).forEach(name -> object.set(name, outOfRange(object.get(name))));
            return object;
        }
        if (node.isNumber()) {
            return switch (random.nextInt(4)) {
                case 0 -> Inputs.NODES.numberNode(new java.math.BigDecimal("1E+400"));
                case 1 -> Inputs.NODES.numberNode(java.math.BigInteger.TWO.pow(70));
                case 2 -> Inputs.NODES.numberNode(Long.MIN_VALUE);
                default -> Inputs.NODES.numberNode(-1);
            };
        }
        return node;
    }

    /** The answer's fields that the request does not take, and those no client sets, each with a value that cannot come about by itself. */
    private JsonNode serverOwned(JsonNode valid, Endpoint endpoint, Inputs inputs, Map<String, JsonNode> injected) {
        ObjectNode object = valid instanceof ObjectNode o ? o : Inputs.NODES.objectNode();
        JsonNode request = endpoint.body() == null ? Inputs.NODES.objectNode() : inputs.resolve(endpoint.body());
        Map<String, JsonNode> owned = new LinkedHashMap<>();
        ALWAYS_SERVER_OWNED.forEach(name -> owned.put(name, Inputs.NODES.objectNode()));
        if (endpoint.response() != null) {
            JsonNode answer = inputs.resolve(endpoint.response());
            answer = answer.has("items") ? inputs.resolve(answer.path("items")) : answer;
            answer.path("properties").properties().forEach(p -> owned.put(p.getKey(), inputs.resolve(p.getValue())));
        }
        owned.forEach((name, schema) -> {
            if (!request.path("properties").has(name)) {
                JsonNode sentinel = sentinel(name, schema, inputs);
                if (sentinel != null) {
                    object.set(name, sentinel);
                    injected.put(name, sentinel);
                }
            }
        });
        return object;
    }

    private static JsonNode sentinel(String name, JsonNode schema, Inputs inputs) {
        String format = schema.path("format").asString("");
        String type = schema.path("type").asString("");
        if (name.equals("borough") || name.endsWith("Borough")) {
            return Inputs.NODES.stringNode("city-of-london");
        }
        if (name.equals("version") || type.equals("integer")) {
            return Inputs.NODES.numberNode(987_654_321);
        }
        if (format.equals("date-time") || name.endsWith("At")) {
            return Inputs.NODES.stringNode("2001-02-03T04:05:06Z");
        }
        if (format.equals("uuid") || name.endsWith("Id") || name.endsWith("Ref") || name.equals("id")) {
            return Inputs.NODES.stringNode(inputs.uuid());
        }
        if (name.equals("status")) {
            return Inputs.NODES.stringNode("HACKED");
        }
        return type.equals("string") ? Inputs.NODES.stringNode("set-by-the-client") : null;
    }

    private static String write(JsonNode node) {
        return Inputs.JSON.writeValueAsString(node);
    }
}
