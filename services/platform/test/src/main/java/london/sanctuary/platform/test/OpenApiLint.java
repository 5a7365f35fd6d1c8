package london.sanctuary.platform.test;

import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator;
import org.openapitools.openapistylevalidator.ValidatorParameters;

/**
 * Lints a service's OpenAPI document with standard linters, then with the platform's own rules, and lists every
 * error found (none is the pass). swagger-parser checks it is valid OpenAPI with unique operationIds; the OpenAPI
 * Style Validator that the info has a description, contact and licence and that every operation has an
 * operationId, a summary and a tag. The platform's rules: every {@code /api/**} operation asks for the bearer
 * token, no {@code /public/**} operation does, and every operation documents its 4xx answers as problem+json (at
 * least 400, 401 and 403 on the API, 404 with a path variable, 409 where {@code If-Match} is read).
 */
public final class OpenApiLint {

    private static final String PROBLEM_JSON = "application/problem+json";

    private OpenApiLint() {}

    /** Every error in the document, one line each, naming where it is. */
    public static List<String> errors(String json) {
        List<String> errors = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(message -> errors.add("swagger-parser: " + message));
        }
        styleErrors(json).forEach(error -> errors.add("style: " + error));
        if (parsed.getOpenAPI() != null) {
            platformErrors(parsed.getOpenAPI(), errors);
        }
        return errors;
    }

    private static Stream<String> styleErrors(String json) {
        try {
            var document =
                    OpenApiParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Format.JSON);
            ValidatorParameters rules = new ValidatorParameters()
                    // descriptions of every operation and property, and examples, are more than a lint should ask
                    .setValidateOperationDescription(false)
                    .setValidateModelPropertiesExample(false)
                    .setValidateModelPropertiesDescription(false)
                    // names follow the domain (camelCase JSON, paths as the services have them), not one convention
                    .setValidateNaming(false);
            return new OpenApiSpecStyleValidator(document)
                    .validate(rules).stream().map(Object::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void platformErrors(OpenAPI document, List<String> errors) {
        Map<String, ?> schemes = document.getComponents() == null
                ? null
                : document.getComponents().getSecuritySchemes();
        if (schemes == null || schemes.isEmpty()) {
            errors.add("security: the document declares no security scheme");
        }
        if (document.getServers() == null || document.getServers().isEmpty()) {
            errors.add("servers: none declared");
        }
        document.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operationErrors(path, method, operation, errors)));
    }

    private static void operationErrors(
            String path, PathItem.HttpMethod method, Operation operation, List<String> errors) {
        String where = method + " " + path + ": ";
        boolean api = path.startsWith("/api/");
        boolean secured = operation.getSecurity() != null
                && operation.getSecurity().stream().anyMatch(requirement -> !requirement.isEmpty());
        if (api != secured) {
            errors.add(where + (api ? "asks for no bearer token" : "is public but asks for a token"));
        }
        List<String> expected = new ArrayList<>(List.of("400"));
        if (api) {
            expected.addAll(List.of("401", "403"));
        }
        if (path.contains("{")) {
            expected.add("404");
        }
        if (readsIfMatch(operation)) {
            expected.add("409");
        }
        for (String status : expected) {
            ApiResponse response = operation.getResponses() == null
                    ? null
                    : operation.getResponses().get(status);
            if (response == null
                    || response.getContent() == null
                    || !response.getContent().containsKey(PROBLEM_JSON)) {
                errors.add(where + "does not document its " + status + " as " + PROBLEM_JSON);
            }
        }
    }

    private static boolean readsIfMatch(Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        return parameters.stream()
                .anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()));
    }
}
