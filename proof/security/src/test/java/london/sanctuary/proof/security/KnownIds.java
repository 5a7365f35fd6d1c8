package london.sanctuary.proof.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import london.sanctuary.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * The real ids of one borough's records, found as its officer would find them: by reading every list
 * the APIs offer ({@code GET} endpoints of the borough), then the lists those ids open; a list only the borough's
 * service may read (a person's open sessions, for their own page) with the service's token. A path variable
 * takes its values from the list one level up ({@code /sessions/{id}} from {@code /sessions}), or else
 * from any field of the same name seen anywhere.
 */
final class KnownIds {

    private final Map<String, JsonNode> lists = new LinkedHashMap<>();
    private final Map<String, Set<String>> fields = new LinkedHashMap<>();

    static KnownIds of(ProofPlatform platform, String borough, List<Endpoint> endpoints) {
        KnownIds ids = new KnownIds();
        List<Endpoint> reads = endpoints.stream()
                .filter(e -> e.reads() && e.boroughScoped() && e.path().startsWith("/api/"))
                .sorted(Comparator.comparingInt(e -> e.idParameters().size()))
                .toList();
        String officer = platform.token(borough + "-officer");
        String service = platform.token(borough + "-service");
        for (int pass = 0; pass < 2; pass++) {
            for (Endpoint read : reads) {
                ids.first(read).ifPresent(values -> {
                    values.put("borough", borough);
                    String path = read.expand(values);
                    ApiClient.Response answer =
                            platform.client(read.service(), officer).get(path);
                    if (answer.status() == 403) {
                        answer = platform.client(read.service(), service).get(path);
                    }
                    if (answer.status() == 200 && answer.contentType().contains("json")) {
                        ids.remember(read.path(), answer.json());
                    }
                });
            }
        }
        return ids;
    }

    /** Every known value of each id variable of {@code endpoint}, or empty when one of them has none. */
    Optional<Map<String, List<String>>> all(Endpoint endpoint) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Endpoint.Parameter id : endpoint.idParameters()) {
            List<String> known = valuesOf(endpoint.path(), id);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            values.put(id.name(), known);
        }
        return Optional.of(values);
    }

    /** The first known value of each id variable, or empty when one of them has none. */
    Optional<Map<String, String>> first(Endpoint endpoint) {
        return all(endpoint).map(all -> {
            Map<String, String> first = new LinkedHashMap<>();
            all.forEach((name, values) -> first.put(name, values.get(0)));
            return first;
        });
    }

    /** Values seen in a field of this name, in the order they were seen. */
    List<String> field(String name) {
        return List.copyOf(fields.getOrDefault(name, Set.of()));
    }

    /** Whether any list this borough's officer can read shows {@code value}: an id the borough holds itself. */
    boolean holds(String value) {
        return fields.values().stream().anyMatch(seen -> seen.contains(value));
    }

    private List<String> valuesOf(String template, Endpoint.Parameter id) {
        List<String> enumerated = new ArrayList<>();
        id.schema().path("enum").forEach(v -> enumerated.add(v.asString()));
        if (!enumerated.isEmpty()) {
            return enumerated;
        }
        String variable = "{" + id.name() + "}";
        String parent = template.substring(0, template.indexOf(variable) - 1);
        JsonNode list = lists.get(parent);
        if (list != null) {
            List<String> fromList = idsInList(list, id.name());
            if (!fromList.isEmpty()) {
                return fromList;
            }
        }
        String collection = parent.substring(parent.lastIndexOf('/') + 1);
        for (String name : List.of(id.name(), singular(collection) + capitalised(id.name()))) {
            if (!field(name).isEmpty()) {
                return field(name);
            }
        }
        return fields.keySet().stream()
                .filter(name -> name.endsWith(capitalised(id.name())))
                .findFirst()
                .map(this::field)
                .orElse(List.of());
    }

    /**
     * In each item of the list (an array, or the one array an answer wraps it in), the field named like the variable,
     * or else the first one ending like it ({@code ref} → {@code participantRef}), in the item or one level inside it
     * ({@code {session: {sessionId}, yourStatus}}).
     */
    private static List<String> idsInList(JsonNode list, String variable) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items(list)) {
            idIn(item, variable)
                    .or(() -> item.properties().stream()
                            .map(Map.Entry::getValue)
                            .filter(JsonNode::isObject)
                            .flatMap(inner -> idIn(inner, variable).stream())
                            .findFirst())
                    .ifPresent(ids::add);
        }
        return ids;
    }

    private static JsonNode items(JsonNode list) {
        if (list.isArray() || list.has("items")) {
            return list.isArray() ? list : list.path("items");
        }
        List<JsonNode> arrays = list.properties().stream()
                .map(Map.Entry::getValue)
                .filter(JsonNode::isArray)
                .toList();
        return arrays.size() == 1 ? arrays.get(0) : list.path("items");
    }

    private static Optional<String> idIn(JsonNode item, String variable) {
        return item.properties().stream()
                .filter(f -> f.getKey().equals(variable) || f.getKey().endsWith(capitalised(variable)))
                .filter(f -> f.getValue().isString())
                .findFirst()
                .map(f -> f.getValue().asString());
    }

    private void remember(String template, JsonNode answer) {
        lists.put(template, answer);
        collect(answer);
    }

    private void collect(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::collect);
        } else if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getValue().isString()) {
                    fields.computeIfAbsent(field.getKey(), k -> new LinkedHashSet<>())
                            .add(field.getValue().asString());
                } else {
                    collect(field.getValue());
                }
            });
        }
    }

    private static String singular(String collection) {
        return collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
