package london.sanctuary.workspace.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.Versions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link ConsentRecords} over the consent service's API, with the signed-in person's token. */
@Component
class ConsentServiceRecords implements ConsentRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PEOPLE = "/api/boroughs/{borough}/participants";
    private static final String PERSON = PEOPLE + "/{ref}";
    private final Supplier<RestClient> consent;

    @Autowired
    ConsentServiceRecords(ServiceClients clients) {
        this(() -> clients.of("consent"));
    }

    /** Over any client of the consent service (tests: one bound to a mock server). */
    ConsentServiceRecords(Supplier<RestClient> consent) {
        this.consent = consent;
    }

    @Override
    public List<PersonFound> find(String borough, String q) {
        JsonNode list = consent()
                .get()
                .uri(PEOPLE + "?q={q}&limit=50", borough, q)
                .retrieve()
                .body(JsonNode.class);
        List<PersonFound> found = new ArrayList<>();
        for (JsonNode item : list.path("items")) {
            found.add(JSON.treeToValue(item, PersonFound.class));
        }
        return found;
    }

    @Override
    public String enrol(String borough, PersonDetails details, boolean confirmedNotDuplicate) {
        Map<String, Object> body = detailsBody(details, false);
        if (confirmedNotDuplicate) {
            body.put("confirmedNotDuplicate", true);
        }
        JsonNode enrolled = consent()
                .post()
                .uri(PEOPLE, borough)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .onStatus(status -> status.value() == 409, (request, response) -> {
                    JsonNode problem = JSON.readTree(response.getBody().readNBytes(16 * 1024));
                    List<String> existing = problem.path("existing")
                            .valueStream()
                            .map(JsonNode::asString)
                            .toList();
                    throw new LooksLikeSomeoneEnrolled(existing);
                })
                .body(JsonNode.class);
        return enrolled.path("participantRef").asString();
    }

    @Override
    public Person person(String borough, String ref) {
        return consent().get().uri(PERSON, borough, ref).retrieve().body(Person.class);
    }

    @Override
    public void changeDetails(String borough, String ref, long version, PersonDetails details) {
        consent()
                .patch()
                .uri(PERSON, borough, ref)
                .contentType(MediaType.valueOf("application/merge-patch+json"))
                .header("If-Match", Versions.ifMatch(version))
                .body(detailsBody(details, true))
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public void grant(String borough, String ref, long version, ConsentGiven consent) {
        Map<String, Object> body = consentBody(consent);
        body.put("purpose", consent.purpose());
        body.put("legalBasis", consent.legalBasis());
        post(PERSON + "/consents", borough, ref, version, body);
    }

    @Override
    public void reconfirm(String borough, String ref, long version, String purpose, ConsentGiven confirmation) {
        post(PERSON + "/consents/" + purpose + "/reconfirmation", borough, ref, version, consentBody(confirmation));
    }

    @Override
    public void withdraw(String borough, String ref, long version, String purpose, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        post(PERSON + "/consents/" + purpose + "/withdrawal", borough, ref, version, body);
    }

    @Override
    public Receipt receipt(String borough, String ref) {
        JsonNode receipt = consent()
                .get()
                .uri(PERSON + "/receipt", borough, ref)
                .retrieve()
                .body(JsonNode.class);
        JsonNode controller = receipt.path("piiControllers").path(0);
        List<Receipt.Purpose> purposes = new ArrayList<>();
        for (JsonNode p : receipt.path("services").path(0).path("purposes")) {
            purposes.add(new Receipt.Purpose(
                    p.path("purpose").asString(),
                    p.path("legalBasis").asString(),
                    p.path("method").asString(),
                    p.path("noticeVersion").asString(),
                    p.path("status").asString(),
                    instant(p.path("grantedAt")),
                    instant(p.path("withdrawnAt"))));
        }
        return new Receipt(
                receipt.path("receiptId").asString(),
                receipt.path("participantRef").asString(),
                receipt.path("language").asString("en"),
                controller.path("piiController").asString(),
                controller.path("gssCode").asString(),
                receipt.path("policyUrl").asString(),
                receipt.path("collectionMethod").asString(),
                instant(receipt.path("issuedAt")),
                purposes);
    }

    @Override
    public void erase(String borough, String ref, long version) {
        consent()
                .delete()
                .uri(PERSON, borough, ref)
                .header("If-Match", Versions.ifMatch(version))
                .retrieve()
                .toBodilessEntity();
    }

    @Override
    public List<ErasureTask> erasureRequests(String borough) {
        ErasureTask[] open = consent()
                .get()
                .uri("/api/boroughs/{borough}/erasure-requests?limit=500", borough)
                .retrieve()
                .body(ErasureTask[].class);
        return open == null ? List.of() : List.of(open);
    }

    @Override
    public void emailReceipt(String borough, String ref) {
        consent().post().uri(PERSON + "/receipt/email", borough, ref).retrieve().toBodilessEntity();
    }

    @Override
    public void textLink(String borough, String ref) {
        issueLink(borough, ref, "text");
    }

    @Override
    public String printLink(String borough, String ref) {
        return issueLink(borough, ref, "card").path("address").asString();
    }

    @Override
    public void endLink(String borough, String ref) {
        consent()
                .delete()
                .uri(PERSON + "/personal-link", borough, ref)
                .retrieve()
                .toBodilessEntity();
    }

    private JsonNode issueLink(String borough, String ref, String delivery) {
        return consent()
                .post()
                .uri(PERSON + "/personal-link", borough, ref)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("delivery", delivery))
                .retrieve()
                .body(JsonNode.class);
    }

    private void post(String path, String borough, String ref, long version, Map<String, Object> body) {
        consent()
                .post()
                .uri(path, borough, ref)
                .contentType(MediaType.APPLICATION_JSON)
                .header("If-Match", Versions.ifMatch(version))
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    private RestClient consent() {
        return consent.get();
    }

    /** Blank optional fields: absent on enrolment, removed (null) on a change, as a merge patch has it. */
    private static Map<String, Object> detailsBody(PersonDetails details, boolean patch) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", blankAsNull(details.name()));
        body.put("preferredLanguages", details.languageTags());
        optional(body, "phone", details.phone(), patch);
        optional(body, "email", details.email(), patch);
        optional(body, "accessNeeds", details.accessNeeds(), patch);
        return body;
    }

    private static void optional(Map<String, Object> body, String field, String value, boolean patch) {
        String given = blankAsNull(value);
        if (given != null || patch) {
            body.put(field, given);
        }
    }

    private static Map<String, Object> consentBody(ConsentGiven consent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("method", blankAsNull(consent.method()));
        body.put("language", blankAsNull(consent.language()));
        body.put("noticeVersion", blankAsNull(consent.noticeVersion()));
        String interpreter = blankAsNull(consent.interpreter());
        if (interpreter != null) {
            body.put("interpreter", interpreter);
        }
        return body;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(JsonNode node) {
        return node.isString() ? Instant.parse(node.asString()) : null;
    }
}
