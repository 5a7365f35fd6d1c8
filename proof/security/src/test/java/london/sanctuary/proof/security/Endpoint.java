package london.sanctuary.proof.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document.
 *
 * @param body the JSON schema of its request body, or null when it takes none
 * @param response the JSON schema of its successful answer, or null when it has none
 * @param schemas the document's {@code components.schemas}, which {@code $ref}s point into
 */
record Endpoint(
        String service,
        String method,
        String path,
        List<Parameter> parameters,
        JsonNode body,
        JsonNode response,
        JsonNode schemas) {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** A path or query parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    boolean boroughScoped() {
        return path.contains("{borough}");
    }

    boolean reads() {
        return method.equals("GET");
    }

    List<Parameter> pathParameters() {
        return parameters.stream().filter(p -> p.in().equals("path")).toList();
    }

    List<Parameter> queryParameters() {
        return parameters.stream().filter(p -> p.in().equals("query")).toList();
    }

    /** Path parameters other than the borough: the ids of records. */
    List<Parameter> idParameters() {
        return pathParameters().stream()
                .filter(p -> !p.name().equals("borough"))
                .toList();
    }

    /** The path with each variable replaced by its (URL-encoded) value; a variable without one stays as it is. */
    String expand(Map<String, String> values) {
        Matcher variable = TEMPLATE_VARIABLE.matcher(path);
        StringBuilder expanded = new StringBuilder();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            String replacement = value == null
                    ? variable.group()
                    : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            variable.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        return variable.appendTail(expanded).toString();
    }

    @Override
    public String toString() {
        return service + " " + method + " " + path;
    }
}
