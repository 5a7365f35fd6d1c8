package london.sanctuary.referrals.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a borough's Open Referral UK export: the services of an ORUK {@code /services} page ({@code {"content":
 * [...]}}, HSDS 3's {@code "contents"}) or a bare list of ORUK services, each with its {@code organization}, {@code languages}, taxonomy
 * ({@code service_taxonomys[].taxonomy}, or HSDS 3's {@code attributes[].taxonomy_term}), {@code service_areas},
 * {@code service_at_locations[].location.physical_addresses} and the service's own {@code url} and {@code phones}.
 * Services whose {@code status} is not {@code active} are left out; {@code contacts} (people) are never read. A
 * document that is not an export is refused naming the path ({@code content[3].name}).
 */
public final class OrukExport {

    /** The most services one import may hold. */
    public static final int MAX_SERVICES = 2_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Language> BY_ENGLISH_NAME = Language.known().stream()
            .collect(Collectors.toUnmodifiableMap(l -> key(l.englishName()), Function.identity()));

    private OrukExport() {}

    public static List<LocalService> read(byte[] document) {
        return preview(document).kept();
    }

    /**
     * What an import of {@code document} would keep, and what it leaves out: the services that are not active, and
     * the contacts (people) of the services kept, counted, never read. Refused as {@link #read} refuses.
     */
    public static Preview preview(byte[] document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException e) {
            throw new InvalidValue("body", "is not JSON: an ORUK export is a JSON document");
        }
        String at = root != null && root.isObject() && root.has("contents") ? "contents" : "content";
        JsonNode services = root != null && root.isObject() ? root.get(at) : root;
        if (root != null && root.isArray()) {
            at = "";
        }
        if (services == null || !services.isArray()) {
            throw new InvalidValue("content", "must be the list of ORUK services (an ORUK /services page or a list)");
        }
        if (services.size() > MAX_SERVICES) {
            throw new InvalidValue(at.isEmpty() ? "body" : at, "holds more than " + MAX_SERVICES + " services");
        }
        List<LocalService> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int notActive = 0;
        int contacts = 0;
        for (int i = 0; i < services.size(); i++) {
            String path = at + "[" + i + "]";
            JsonNode s = services.get(i);
            if (!s.isObject()) {
                throw new InvalidValue(path, "must be an ORUK service (an object)");
            }
            String status = text(s, "status", path);
            if (status != null && !"active".equalsIgnoreCase(status.strip())) {
                notActive++;
                continue;
            }
            contacts += s.path("contacts").isArray() ? s.path("contacts").size() : 0;
            LocalService service = service(s, path);
            if (!ids.add(service.id())) {
                throw new InvalidValue(path + ".id", "repeats the id of another service: " + service.id());
            }
            read.add(service);
        }
        if (read.isEmpty()) {
            throw new InvalidValue(at.isEmpty() ? "body" : at, "holds no active service");
        }
        return new Preview(List.copyOf(read), notActive, contacts);
    }

    /**
     * An export read but not kept yet.
     *
     * @param kept the active services, as the directory would keep them
     * @param notActive how many services were left out for a {@code status} other than active
     * @param contacts how many contacts (people) the kept services listed: never kept
     */
    public record Preview(List<LocalService> kept, int notActive, int contacts) {}

    private static LocalService service(JsonNode s, String path) {
        try {
            return new LocalService(
                    text(s, "id", path),
                    text(s, "name", path),
                    object(s, "organization", path)
                            .map(o -> text(o, "name", path + ".organization"))
                            .orElse(null),
                    text(s, "description", path),
                    taxonomy(s, path),
                    languages(s, path),
                    area(s, path),
                    text(s, "url", path),
                    first(s, "phones", path)
                            .map(p -> text(p, "number", path + ".phones[0]"))
                            .orElse(null));
        } catch (InvalidValue e) {
            throw e.field().startsWith(path) ? e : new InvalidValue(path + "." + e.field(), e.detail());
        }
    }

    private static List<String> taxonomy(JsonNode s, String path) {
        Set<String> terms = new LinkedHashSet<>();
        List<JsonNode> linked = list(s, "service_taxonomys", path);
        for (int i = 0; i < linked.size(); i++) {
            String at = path + ".service_taxonomys[" + i + "]";
            object(linked.get(i), "taxonomy", at).ifPresent(t -> term(t, at + ".taxonomy", terms));
        }
        List<JsonNode> attributes = list(s, "attributes", path);
        for (int i = 0; i < attributes.size(); i++) {
            String at = path + ".attributes[" + i + "]";
            object(attributes.get(i), "taxonomy_term", at).ifPresent(t -> term(t, at + ".taxonomy_term", terms));
        }
        return List.copyOf(terms);
    }

    private static void term(JsonNode t, String path, Set<String> terms) {
        for (String field : List.of("name", "id", "code")) {
            String value = text(t, field, path);
            if (value != null && value.length() <= 200) {
                terms.add(value);
            }
        }
    }

    /** By BCP 47 {@code code}, else by the English {@code language} or {@code name}; others are left out. */
    private static List<Language> languages(JsonNode s, String path) {
        Set<Language> languages = new LinkedHashSet<>();
        List<JsonNode> listed = list(s, "languages", path);
        for (int i = 0; i < listed.size(); i++) {
            String at = path + ".languages[" + i + "]";
            JsonNode l = listed.get(i);
            String code = text(l, "code", at);
            if (code != null) {
                try {
                    languages.add(Language.of(code.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValue(at + ".code", "is not a BCP 47 language tag");
                }
                continue;
            }
            String name = Optional.ofNullable(text(l, "language", at)).orElseGet(() -> text(l, "name", at));
            if (name != null && BY_ENGLISH_NAME.containsKey(key(name))) {
                languages.add(BY_ENGLISH_NAME.get(key(name)));
            }
        }
        return List.copyOf(languages);
    }

    /** The first location's address, else its name, else the first service area. */
    private static String area(JsonNode s, String path) {
        Optional<JsonNode> location = first(s, "service_at_locations", path)
                .flatMap(l -> object(l, "location", path + ".service_at_locations[0]"));
        String at = path + ".service_at_locations[0].location";
        Optional<String> address = location.flatMap(l -> first(l, "physical_addresses", at))
                .map(a -> join(a, at + ".physical_addresses[0]"))
                .filter(a -> !a.isEmpty());
        return address.or(() -> location.map(l -> text(l, "name", at)))
                .or(() -> first(s, "service_areas", path)
                        .map(a -> Optional.ofNullable(text(a, "service_area", path + ".service_areas[0]"))
                                .orElseGet(() -> text(a, "name", path + ".service_areas[0]"))))
                .orElse(null);
    }

    private static String join(JsonNode address, String path) {
        return List.of("address_1", "city", "postal_code").stream()
                .map(f -> text(address, f, path))
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(", "));
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new InvalidValue(path + "." + field, "must be text");
        }
        return v.stringValue();
    }

    private static Optional<JsonNode> object(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw new InvalidValue(path + "." + field, "must be an object");
        }
        return Optional.of(v);
    }

    private static List<JsonNode> list(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InvalidValue(path + "." + field, "must be a list");
        }
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                throw new InvalidValue(path + "." + field + "[" + i + "]", "must be an object");
            }
            items.add(v.get(i));
        }
        return items;
    }

    private static Optional<JsonNode> first(JsonNode node, String field, String path) {
        return list(node, field, path).stream().findFirst();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
