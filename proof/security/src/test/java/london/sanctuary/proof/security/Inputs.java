package london.sanctuary.proof.security;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for a request, driven by the endpoint's OpenAPI schemas: valid-ish ones (every property, enums,
 * formats, the borough's real ids where a field is named like one) and hostile ones (wrong types, huge,
 * unicode and control strings, injections, numbers out of range, deep nesting).
 */
final class Inputs {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> LANGUAGES = List.of("en", "ar", "fa", "ti", "uk");
    private static final List<String> HOSTILE = List.of(
            "",
            "   ",
            "مرحبا بكم",
            "👩‍👩‍👧‍👦🏳️‍🌈",
            "\u202Egnp.exe",
            "Z̴̡̛a̷l̸g̵o̶",
            "\uFEFF\u200B",
            "\u0000",
            "\u0007\b\f\u001b[31m",
            "line\r\nX-Injected: header",
            "' OR '1'='1",
            "{\"$gt\":\"\"}",
            "$where",
            "${jndi:ldap://127.0.0.1/a}",
            "<script>alert(1)</script>",
            "../../../etc/passwd",
            "%00%2e%2e%2f",
            "%s%s%n",
            "{{7*7}}#{7*7}",
            "-1",
            "0",
            "99999999999999999999999",
            "1e400",
            "NaN",
            "2026-02-30",
            "9999-99-99T99:99:99Z",
            "+999999999-12-31T23:59:59Z",
            "null",
            "true");

    private final Random random;
    private final JsonNode schemas;
    private final KnownIds ids;
    private final List<String> otherBoroughs;
    private final int hugeLength;

    Inputs(Random random, JsonNode schemas, KnownIds ids, List<String> otherBoroughs, int hugeLength) {
        this.random = random;
        this.schemas = schemas;
        this.ids = ids;
        this.otherBoroughs = otherBoroughs;
        this.hugeLength = hugeLength;
    }

    /** A value the schema allows, with the borough's real ids in fields named like them. */
    JsonNode valid(JsonNode schema) {
        return valid(schema, "", 0);
    }

    JsonNode valid(JsonNode schema, String name, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("enum")) {
            return pick(resolved.path("enum"));
        }
        String type = resolved.path("type").asString("object");
        return switch (type) {
            case "string" ->
                NODES.stringNode(validString(resolved.path("format").asString(""), name));
            case "integer" -> NODES.numberNode(1 + random.nextInt(20));
            case "number" -> NODES.numberNode(random.nextDouble() * 100);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> validArray(resolved.path("items"), name, depth);
            default -> validObject(resolved, depth);
        };
    }

    /** Strings no handler should trip over: unicode, control characters, injections, huge. */
    String hostileString() {
        int roll = random.nextInt(HOSTILE.size() + 2);
        if (roll == HOSTILE.size()) {
            return "A".repeat(hugeLength);
        }
        if (roll == HOSTILE.size() + 1) {
            return "مرحبا".repeat(hugeLength / 10);
        }
        return HOSTILE.get(roll);
    }

    /** A short hostile string, for a path or query where a huge one would only meet the container's limit. */
    String hostileShortString() {
        String value = hostileString();
        return value.length() > 300 ? value.substring(0, 300) : value;
    }

    /** A value of the wrong type for the schema. */
    JsonNode wrongType(JsonNode schema) {
        String type = resolve(schema).path("type").asString("object");
        List<JsonNode> wrong = new ArrayList<>(List.of(
                NODES.numberNode(new BigDecimal("1E+400")),
                NODES.numberNode(BigInteger.TWO.pow(70)),
                NODES.numberNode(-1),
                NODES.booleanNode(true),
                NODES.objectNode().put("$gt", ""),
                NODES.arrayNode().add("x"),
                NODES.stringNode(hostileString())));
        wrong.removeIf(node -> sameType(node, type));
        return wrong.get(random.nextInt(wrong.size()));
    }

    JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        JsonNode alternatives = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
        return alternatives.isArray() && !alternatives.isEmpty() ? resolve(pick(alternatives)) : schema;
    }

    String uuid() {
        return UUID.randomUUID().toString();
    }

    String otherBorough() {
        return otherBoroughs.get(random.nextInt(otherBoroughs.size()));
    }

    private String validString(String format, String name) {
        List<String> real = ids.field(name.endsWith("s") ? name.substring(0, name.length() - 1) : name);
        if (!real.isEmpty() && random.nextInt(10) < 8) {
            return real.get(random.nextInt(real.size()));
        }
        String lower = name.toLowerCase();
        if (lower.contains("borough")) {
            return otherBorough();
        }
        if (lower.contains("language") || lower.equals("lang")) {
            return LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        }
        return switch (format) {
            case "uuid" -> uuid();
            case "date" -> LocalDate.now().plusDays(random.nextInt(60) - 10).toString();
            case "date-time" ->
                Instant.now()
                        .plus(Duration.ofHours(random.nextInt(24 * 60) - 24 * 10))
                        .toString();
            case "email" -> "proof@example.org";
            case "uri" -> "https://example.org/proof";
            default -> "Proof " + Integer.toString(random.nextInt(1000), 36);
        };
    }

    private JsonNode validArray(JsonNode items, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = depth > 3 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            array.add(valid(items, name, depth + 1));
        }
        return array;
    }

    private JsonNode validObject(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 4) {
            return object;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            object.set(property.getKey(), valid(property.getValue(), property.getKey(), depth + 1));
        }
        JsonNode additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            object.set("en", valid(additional, "en", depth + 1));
            if (random.nextBoolean()) {
                object.set("ar", valid(additional, "ar", depth + 1));
            }
        }
        return object;
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    private static boolean sameType(JsonNode node, String type) {
        return switch (type) {
            case "string" -> node.isString();
            case "integer", "number" -> node.isNumber();
            case "boolean" -> node.isBoolean();
            case "array" -> node.isArray();
            default -> node.isObject();
        };
    }
}
