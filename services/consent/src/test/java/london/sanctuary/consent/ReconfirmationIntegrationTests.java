package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Re-confirming a consent without withdrawing it, the interpreter on a record, and a receipt in Arabic. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class ReconfirmationIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");
    static final String RECONFIRM = """
            {"method": "WRITTEN", "language": "ar", "noticeVersion": "2026-11", "interpreter": "ar"}""";

    @LocalServerPort
    int port;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void aVerbalConsentReconfirmedKeepsItsGrantAndTheHistoryKeepsEachConfirmation() {
        // given a verbal consent given through an interpreter
        String ref = enrol("newham", NEWHAM);
        Answer granted = api.post(
                NEWHAM,
                participant("newham", ref) + "/consents",
                grant("RECONTACT").replace("}", ", \"interpreter\": \"ps\"}"));
        assertThat(granted.json().path("toBeReconfirmed").asBoolean()).isTrue();
        assertThat(granted.json().path("interpreter").asString()).isEqualTo("ps");

        // when re-confirmed twice, the second time against the first's ETag
        Answer first = api.post(NEWHAM, participant("newham", ref) + "/consents/RECONTACT/reconfirmation", RECONFIRM);
        Answer second = api.send(
                NEWHAM,
                "POST",
                participant("newham", ref) + "/consents/RECONTACT/reconfirmation",
                RECONFIRM.replace("WRITTEN", "VERBAL"),
                "If-Match",
                first.header("ETag"));
        Answer stale = api.send(
                NEWHAM,
                "POST",
                participant("newham", ref) + "/consents/RECONTACT/reconfirmation",
                RECONFIRM,
                "If-Match",
                first.header("ETag"));

        // then one grant, never withdrawn, no longer waiting, with both confirmations
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        JsonNode history =
                api.get(NEWHAM, participant("newham", ref) + "/consents").json();
        assertThat(history).hasSize(1);
        JsonNode record = history.get(0);
        assertThat(record.path("consentId").asString())
                .isEqualTo(granted.json().path("consentId").asString());
        assertThat(record.path("withdrawnAt").isMissingNode()).isTrue();
        assertThat(record.path("toBeReconfirmed").asBoolean()).isFalse();
        assertThat(record.path("confirmations").findValuesAsString("method")).containsExactly("WRITTEN", "VERBAL");
        assertThat(record.path("confirmations").findValuesAsString("confirmedBy"))
                .containsOnly("newham-officer");
        assertThat(record.path("confirmations").get(0).path("interpreter").asString())
                .isEqualTo("ar");
        assertThat(api.get(NEWHAM, participant("newham", ref) + "/consents/RECONTACT")
                        .json()
                        .path("holds")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aConsentTransferredInBecomesConfirmedByAReconfirmation() {
        // given a person referred to Barnet with SHARE_ON_MOVE, to be re-confirmed there
        String barnet = TestTokens.officer("barnet");
        String service = TestTokens.sign(TestTokens.claims("barnet-referrals", "barnet", List.of("service"))
                .build());
        String ref = UUID.randomUUID().toString();
        Answer transferred = api.post(service, participants("barnet") + "/transfers", """
                {"participantRef": "%s", "transferredFrom": "newham",
                 "profile": {"name": "%s", "preferredLanguages": ["ar"]},
                 "consents": [{"purpose": "SHARE_ON_MOVE", "method": "VERBAL", "legalBasis": "CONSENT",
                   "language": "ar", "noticeVersion": "2026-10", "grantedAt": "2026-01-01T10:00:00Z"}]}""".formatted(
                        ref, Person.unique().name()));
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(201);

        // when
        Answer confirmed =
                api.post(barnet, participant("barnet", ref) + "/consents/SHARE_ON_MOVE/reconfirmation", RECONFIRM);

        // then
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("toBeReconfirmed").asBoolean()).isFalse();
        assertThat(confirmed.json().path("recordedBy").asString()).isEqualTo("transfer from newham");
        assertThat(confirmed
                        .json()
                        .path("confirmations")
                        .get(0)
                        .path("confirmedBy")
                        .asString())
                .isEqualTo("barnet-officer");
    }

    @Test
    void aReceiptForAPersonWhoConsentedInArabicIsInArabic() {
        // given
        String ref = enrol("newham", NEWHAM);
        api.post(
                NEWHAM,
                participant("newham", ref) + "/consents",
                grant("PARTICIPATE").replace("\"ps\"", "\"ar\""));

        // when
        Answer receipt = api.get(NEWHAM, participant("newham", ref) + "/receipt");

        // then
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.json().path("language").asString()).isEqualTo("ar");
        assertThat(receipt.json()
                        .path("services")
                        .get(0)
                        .path("purposes")
                        .get(0)
                        .path("language")
                        .asString())
                .isEqualTo("ar");
    }

    String enrol(String borough, String token) {
        Answer answer = api.post(token, participants(borough), Person.unique().enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("participantRef").asString();
    }
}
