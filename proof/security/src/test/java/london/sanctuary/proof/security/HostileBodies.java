package london.sanctuary.proof.security;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies from an endpoint's schema, valid-ish or broken in one of the {@link #KINDS}: wrong types,
 * missing fields, hostile strings, nulls, deep nesting, fields the server owns, not JSON at all, the wrong
 * content type, an array for an object, numbers out of range.
 */
final class HostileBodies {

    static final List<String> KINDS = List.of(
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

    private final Random random;

    HostileBodies(Random random) {
        this.random = random;
    }

    /** A body of the given kind for the endpoint; what it sets that the server owns goes into {@code injected}. */
    String of(Endpoint endpoint, String kind, Inputs inputs, Map<String, JsonNode> injected) {
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

    private JsonNode replaceOne(JsonNode valid, JsonNode schema, Inputs inputs, Function<JsonNode, JsonNode> with) {
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
            ArrayNode array = Inputs.NODES.arrayNode();
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
                case 0 -> Inputs.NODES.numberNode(new BigDecimal("1E+400"));
                case 1 -> Inputs.NODES.numberNode(BigInteger.TWO.pow(70));
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
