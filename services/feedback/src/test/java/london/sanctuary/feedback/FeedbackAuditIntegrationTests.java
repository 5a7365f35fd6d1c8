package london.sanctuary.feedback;

import static london.sanctuary.feedback.FeedbackRequests.capture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Linked feedback captured and read back is in the borough's audit trail; what the person said is not. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=feedback")
class FeedbackAuditIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    BoroughStores stores;

    LinkedFeedback given;

    @BeforeEach
    void connect() {
        given = new LinkedFeedback(port, bootstrap, ledger);
    }

    @AfterEach
    void close() {
        given.close();
    }

    @Test
    void capturingAndReadingLinkedAnswersIsRecordedWithWhoWhatWhenAndNothingTheyAnswered() {
        // given a participant holding LINK_FEEDBACK and a published form
        UUID ref = given.linked("newham");
        String formId = given.form("newham");
        ApiClient officer = given.officer("newham");
        Instant before = Instant.now();

        // when the officer captures a linked answer and the borough's referrals service reads it back
        ApiClient.Response captured = officer.post(
                "/api/boroughs/newham/forms/" + formId + "/responses", capture(ref, "The hotel room is damp"));
        ApiClient service = new ApiClient(
                port,
                TestTokens.sign(TestTokens.claims("newham-referrals", "newham", List.of("service"))
                        .build()));
        ApiClient.Response read = service.get("/api/boroughs/newham/participants/" + ref + "/linked-answers");

        // then
        assertThat(captured.status()).as(captured.body()).isEqualTo(201);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(AuditRecords.about(stores.of("newham"), ref.toString()))
                .satisfiesExactly(
                        entry -> {
                            assertThat(entry.getString("action")).isEqualTo("feedback.captured");
                            assertThat(entry.getString("subject")).isEqualTo("newham.officer1");
                            assertThat(entry.getString("name")).isEqualTo("Grace Officer");
                            assertThat(entry.getString("recordId"))
                                    .isEqualTo(
                                            captured.json().path("responseId").asString());
                        },
                        entry -> {
                            assertThat(entry.getString("action")).isEqualTo("feedback.linked-answers-read");
                            assertThat(entry.getString("subject")).isEqualTo("newham-referrals");
                            assertThat(entry.get("name")).isNull();
                        })
                .allSatisfy(entry -> {
                    assertThat(entry.getString("service")).isEqualTo("feedback");
                    assertThat(entry.getDate("at").toInstant()).isBetween(before, Instant.now());
                    assertThat(entry.toJson()).doesNotContain("damp");
                });
    }

    @Test
    void thePersonsOwnPageReadsTheirLinkedFeedbackWithTheServiceTokenAloneWhileAnOfficerStillCannot() {
        // given a participant's linked answer
        UUID ref = given.linked("newham");
        String formId = given.form("newham");
        ApiClient officer = given.officer("newham");
        officer.post("/api/boroughs/newham/forms/" + formId + "/responses", capture(ref, "The hotel room is damp"));
        String own = "/api/boroughs/newham/personal/" + ref + "/responses";

        // when the consent service asks for their page, and an officer and another borough's service try the same
        ApiClient.Response theirs = service("newham").get(own);
        ApiClient.Response byOfficer = officer.get(own);
        ApiClient.Response officersRead = officer.get("/api/boroughs/newham/participants/" + ref + "/responses");
        ApiClient.Response barnet = service("barnet").get(own);

        // then the person gets their own answer; staff other than the lead still do not; the read is theirs
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        assertThat(theirs.body()).contains("The hotel room is damp");
        assertThat(theirs.header("Cache-Control")).contains("no-store");
        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(officersRead.status()).isEqualTo(403);
        assertThat(barnet.status()).isEqualTo(404);
        assertThat(AuditRecords.about(stores.of("newham"), ref.toString(), "feedback.read.self"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("subject")).isEqualTo("consent");
                    assertThat(entry.toJson()).doesNotContain("damp");
                });
    }

    private ApiClient service(String borough) {
        return new ApiClient(
                port,
                TestTokens.sign(TestTokens.claims("consent", borough, List.of("service"))
                        .build()));
    }
}
