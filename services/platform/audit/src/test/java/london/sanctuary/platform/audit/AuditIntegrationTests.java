package london.sanctuary.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

@SanctuaryIntegrationTest
class AuditIntegrationTests {

    static final String NAME = "Amira Haddad";
    static final String PHONE = "07700900123";

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    final ParticipantRef ref = ParticipantRef.random();

    @Test
    void aReadOfAPersonIsRecordedWithWhoWhatWhenAndNothingPersonal() {
        // given
        Instant before = Instant.now();

        // when
        ApiClient.Response read = staff("Sam Okafor", "service-lead").get(people() + "/" + ref);

        // then
        assertThat(read.status()).isEqualTo(200);
        List<Document> stored = storedFor(ref.toString());
        assertThat(stored).singleElement().satisfies(entry -> {
            assertThat(entry.getString("action")).isEqualTo("participant.read");
            assertThat(entry.getString("subject")).isEqualTo("newham.lead");
            assertThat(entry.getString("name")).isEqualTo("Sam Okafor");
            assertThat(entry.getString("service")).isEqualTo("audited");
            assertThat(entry.getString("borough")).isEqualTo("newham");
            assertThat(entry.getDate("at").toInstant()).isBetween(before, Instant.now());
            assertThat(entry.toJson()).doesNotContain(NAME).doesNotContain(PHONE);
        });
    }

    @Test
    void anEnrolmentFindsThePersonInTheAnswerAndAServiceClientIsRecordedWithoutAName() {
        // when
        ApiClient.Response enrolled =
                service().post(people(), "{\"name\":\"" + NAME + "\",\"phone\":\"" + PHONE + "\"}");

        // then
        assertThat(enrolled.status()).isEqualTo(201);
        String created = enrolled.json().get("participantRef").asString();
        assertThat(storedFor(created)).singleElement().satisfies(entry -> {
            assertThat(entry.getString("action")).isEqualTo("participant.enrolled");
            assertThat(entry.getString("subject")).isEqualTo("newham-engagement");
            assertThat(entry.get("name")).isNull();
            assertThat(entry.toJson()).doesNotContain(NAME).doesNotContain(PHONE);
        });
    }

    @Test
    void aRegistrationFindsThePersonInTheBodyAndTheRecordInTheAnswer() {
        // when
        ApiClient.Response registered = staff("Sam Okafor", "officer")
                .post(
                        "/api/boroughs/newham/registrations",
                        "{\"participantRef\":\"" + ref + "\",\"sessionId\":\"" + UUID.randomUUID()
                                + "\",\"note\":\"needs Tigrinya, " + PHONE + "\"}");

        // then
        assertThat(registered.status()).isEqualTo(200);
        assertThat(storedFor(ref.toString())).singleElement().satisfies(entry -> {
            assertThat(entry.getString("action")).isEqualTo("registration.created");
            assertThat(entry.getString("recordId"))
                    .isEqualTo(registered.json().get("registrationId").asString());
            assertThat(entry.toJson()).doesNotContain(PHONE).doesNotContain("Tigrinya");
        });
    }

    @Test
    void aRefusedReadRecordsNothing() {
        // when
        ApiClient.Response missing = staff("Sam Okafor", "officer").get(people() + "/" + ref + "/missing");

        // then
        assertThat(missing.status()).isEqualTo(404);
        assertThat(storedFor(ref.toString())).isEmpty();
    }

    @Test
    void aServiceLeadReadsAPersonsTrailNewestFirstAndThatReadIsRecordedToo() {
        // given
        ApiClient officer = staff("Sam Okafor", "officer");
        officer.get(people() + "/" + ref);
        officer.post(
                "/api/boroughs/newham/registrations",
                "{\"participantRef\":\"" + ref + "\",\"sessionId\":\"" + UUID.randomUUID() + "\"}");

        // when
        ApiClient.Response trail =
                staff("Lee Lead", "service-lead").get("/api/boroughs/newham/audit?participantRef=" + ref);

        // then
        assertThat(trail.status()).isEqualTo(200);
        JsonNode entries = trail.json().get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("action").asString()).isEqualTo("registration.created");
        assertThat(entries.get(1).get("action").asString()).isEqualTo("participant.read");
        assertThat(trail.json().get("truncated").asBoolean()).isFalse();
        assertThat(storedFor(ref.toString())).anySatisfy(entry -> {
            assertThat(entry.getString("action")).isEqualTo("audit.read");
            assertThat(entry.getString("name")).isEqualTo("Lee Lead");
        });
    }

    @Test
    void theTrailAsCsvKeepsASpreadsheetFromRunningANameAsAFormula() {
        // given
        staff("=HYPERLINK(\"http://evil\")", "officer").get(people() + "/" + ref);

        // when
        ApiClient.Response csv = staff("Lee Lead", "service-lead")
                .send("GET", "/api/boroughs/newham/audit?participantRef=" + ref, null, null, "Accept", "text/csv");

        // then
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith(AuditCsv.HEADER + "\r\n");
        assertThat(csv.body())
                .contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",")
                .contains(ref.toString());
    }

    @Test
    void anOfficerWithoutTheServiceLeadRoleCannotReadTheTrail() {
        ApiClient.Response refused = staff("Sam Okafor", "officer").get("/api/boroughs/newham/audit");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void aPeriodTooLongOrNotADateOrBeyondTheStoresYearsIsRefusedNamingTheField() {
        ApiClient lead = staff("Lee Lead", "service-lead");

        ApiClient.Response tooLong = lead.get("/api/boroughs/newham/audit?from=2024-01-01&to=2026-01-01");
        ApiClient.Response notADate = lead.get("/api/boroughs/newham/audit?from=yesterday");
        ApiClient.Response tooMany = lead.get("/api/boroughs/newham/audit?limit=10001");
        ApiClient.Response farFuture = lead.get("/api/boroughs/newham/audit?to=%2B999999999-12-31T23%3A59%3A59Z");

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("\"to\"");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body()).contains("\"from\"");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"limit\"");
        assertThat(farFuture.status()).isEqualTo(400);
        assertThat(farFuture.body()).contains("\"to\"");
    }

    @Test
    void anotherBoroughsTrailIsNotFound() {
        ApiClient.Response other = staff("Lee Lead", "service-lead").get("/api/boroughs/barnet/audit");

        assertThat(other.status()).isEqualTo(404);
    }

    private List<Document> storedFor(String participantRef) {
        return stores.of("newham")
                .find(
                        Query.query(Criteria.where("participantRef").is(participantRef)),
                        Document.class,
                        AuditTrail.COLLECTION);
    }

    private static String people() {
        return "/api/boroughs/newham/people";
    }

    private ApiClient staff(String name, String role) {
        return new ApiClient(
                port,
                TestTokens.sign(TestTokens.claims("newham.lead", "newham", List.of(role))
                        .claim("name", name)
                        .build()));
    }

    private ApiClient service() {
        return new ApiClient(
                port,
                TestTokens.sign(TestTokens.claims("newham-engagement", "newham", List.of("service"))
                        .build()));
    }
}
