package london.sanctuary.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpHeaders;

/**
 * The error answers of every operation, as the platform gives them (RFC 9457 {@code application/problem+json},
 * naming the field at fault): 400 and 503 everywhere, 401 and 403 on the API, 404 where the path names a record
 * (or a borough: another borough's is 404 too), 409 where {@code If-Match} is read, 422 where the API changes
 * something. An answer the controller documents itself is kept.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<HttpMethod> CHANGES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    @Override
    public void customise(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(new Components());
        }
        document.getComponents().addSchemas(PROBLEM, problem());
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> answers(path, method, operation)
                                .forEach((status, description) -> {
                                    if (operation.getResponses() == null) {
                                        operation.setResponses(new ApiResponses());
                                    }
                                    operation.getResponses().putIfAbsent(status, problemAnswer(description));
                                })));
    }

    private static Map<String, String> answers(String path, HttpMethod method, Operation operation) {
        boolean api = isApi(path);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("400", "The request is not valid: the problem names the field, parameter or header at fault.");
        if (api) {
            answers.put("401", "No valid bearer token: sign in again, or fetch a new token.");
            answers.put("403", "The token's role does not allow this.");
        }
        if (path.contains("{")) {
            answers.put(
                    "404",
                    api ? "No such record in this borough, or a borough the token is not for." : "No such record.");
        }
        if (readsIfMatch(operation)) {
            answers.put("409", "The record changed since its ETag was read: read it again, then retry.");
        }
        if (api && CHANGES.contains(method)) {
            answers.put("422", "A rule refuses it (for example, the person has not given the consent it needs).");
        }
        answers.put("503", "The service's store cannot be reached just now: try again in a few seconds.");
        return answers;
    }

    private static boolean readsIfMatch(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(
                                p -> "header".equals(p.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()));
    }

    private static ApiResponse problemAnswer(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                PROBLEM_JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<Object> problem() {
        Schema<Object> fieldError = typed("object")
                .addProperty("field", text("The field, parameter or header at fault"))
                .addProperty("detail", text("What is wrong with it"));
        return typed("object")
                .description("An RFC 9457 problem. It never holds a person's data, a token or a stack trace.")
                .addProperty("type", text("The kind of problem, one per status").format("uri"))
                .addProperty("title", text("The status in words"))
                .addProperty("status", typed("integer").description("The HTTP status"))
                .addProperty("detail", text("What went wrong, for a person to read"))
                .addProperty("field", text("The first field at fault, when a field is"))
                .addProperty("errors", typed("array").items(fieldError).description("Each field at fault, at most 20"))
                .addProperty("errorCount", typed("integer").description("How many fields were at fault"));
    }

    private static Schema<Object> text(String description) {
        return typed("string").description(description);
    }

    /** The type as OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) each read it. */
    private static Schema<Object> typed(String type) {
        return new Schema<>().type(type).types(Set.of(type));
    }
}
