package london.sanctuary.proof.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.local.services.RunningService;
import london.sanctuary.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;

/** Every endpoint of every running service, read from its {@code /v3/api-docs}: a new endpoint is covered as it lands. */
final class ApiDocs {

    private ApiDocs() {}

    static List<Endpoint> of(ProofPlatform platform) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RunningService service : platform.services()) {
            if (service.service().name().equals("workspace")) {
                continue; // pages over the services' APIs, no API of its own: the page proofs crawl it (Site)
            }
            ApiClient.Response docs =
                    platform.client(service.service().name(), null).get("/v3/api-docs");
            if (docs.status() != 200) {
                throw new IllegalStateException(
                        service.service().name() + " has no OpenAPI document: " + docs.status());
            }
            endpoints.addAll(read(service.service().name(), docs.json()));
        }
        return endpoints;
    }

    static List<Endpoint> read(String service, JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode op = operation.getValue();
                List<Endpoint.Parameter> parameters = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    parameters.add(new Endpoint.Parameter(
                            p.path("name").asString(),
                            p.path("in").asString(),
                            p.path("required").asBoolean(false),
                            p.path("schema")));
                }
                endpoints.add(new Endpoint(
                        service,
                        operation.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        List.copyOf(parameters),
                        schemaOf(op.path("requestBody")),
                        schemaOf(op.path("responses").path("200")),
                        schemas));
            }
        }
        return endpoints;
    }

    /** The JSON schema of a request body or an answer: its JSON content's, or else its only content's. */
    private static JsonNode schemaOf(JsonNode message) {
        JsonNode content = message.path("content");
        JsonNode json = content.path("application/json");
        if (json.isMissingNode() && content.size() > 0) {
            json = content.properties().iterator().next().getValue();
        }
        return json.isMissingNode() ? null : json.path("schema");
    }
}
