package london.sanctuary.proof.bench.footprint;

import java.net.http.HttpResponse;
import java.util.Map;
import london.sanctuary.local.services.HostedService;
import london.sanctuary.local.services.HostedServices;

/**
 * A little load on a started platform: participants enrolled in Newham through the consent API with a demo
 * officer's token (each one document write, an outbox event and its consumers), then every API service's OpenAPI
 * document (the staff workspace has none: it answers with its sign-in).
 */
final class PlatformLoad {

    private static final String WORKSPACE = "workspace";

    private PlatformLoad() {}

    static void put(HttpProbe http, Map<String, Integer> ports, int enrolments) throws Exception {
        String token = http.token(ports.get("auth"), "newham-officer");
        String participants = "http://localhost:" + ports.get("consent") + "/api/boroughs/newham/participants";
        for (int i = 0; i < enrolments; i++) {
            String json = "{\"name\":\"Bench Participant " + i + "\",\"preferredLanguages\":[\"ar\",\"en\"]}";
            expectOk(http.postJson(participants, token, json), "enrolment");
        }
        for (HostedService service : HostedServices.ALL) {
            if (service.name().equals(WORKSPACE)) {
                continue;
            }
            expectOk(http.get("http://localhost:" + ports.get(service.name()) + "/v3/api-docs", null), "api-docs");
        }
    }

    static void expectOk(HttpResponse<String> answer, String what) {
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + answer.statusCode());
        }
    }
}
