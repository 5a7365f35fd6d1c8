package london.sanctuary.proof.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import london.sanctuary.local.LocalPlatform;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.PlatformClients;
import london.sanctuary.platform.test.RecordCapture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Moving on between boroughs across the real services, broker and store of the local platform: Newham refers Amina
 * to Barnet, Barnet accepts and carries on her support and reads the feedback she linked to herself, and Lambeth, reading every topic it may, learns nothing
 * about her. Without SHARE_ON_MOVE nothing leaves Newham; withdrawing it after sending ends the referral and Barnet
 * deletes its copy; erasing a person Barnet accepted flags Barnet's copy, which one action erases there.
 */
@ExtendWith(SharedPlatform.class)
class MoveOnJourneyIntegrationTests {

    /** What Amina answered, in Arabic, on the focus group's form ({@link JourneySteps#attendAndAnswer}). */
    static final String HER_ANSWER = "الطعام لا يناسبنا";

    static LocalPlatform platform;
    static JourneySteps steps;
    static String newham;
    static String barnet;
    static RecordCapture capture;

    @BeforeAll
    static void onTheSharedPlatform(JourneySteps shared) throws Exception {
        steps = shared;
        platform = steps.platform();
        newham = steps.token("newham-officer");
        barnet = steps.token("barnet-officer");
        capture = new RecordCapture("localhost:" + steps.settings().port("kafka"));
    }

    @AfterAll
    static void stopCapturing() {
        capture.close();
    }

    @Test
    void aMoveOnOfficerSignedInToTheWorkspaceOpensTheInboxByNameAndSigningOutOfTheWorkspaceSignsThemOutOfIt() {
        Assumptions.assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        String issuer = at("auth", "");
        String inbox = at("referrals", "/boroughs/barnet/inbox");
        DemoUser omar = DemoUser.named("barnet.moveon").orElseThrow();
        try (Browser browser = Browser.phone()) {
            // given Barnet's move-on officer, signed in to the workspace with their own name and password
            browser.driver.get(at("workspace", "/"));
            assertThat(browser.driver.getCurrentUrl()).startsWith(issuer);
            browser.signInAt(issuer, omar.username(), omar.password());
            assertThat(browser.driver.findElement(By.id("staff-name")).getText())
                    .isEqualTo(omar.name());

            // when they follow the workspace's link to the inbox
            browser.driver.findElement(By.linkText("Move-on inbox")).click();

            // then the inbox opens, on their borough, without asking for a password
            await().atMost(Duration.ofSeconds(30)).until(() -> inbox.equals(browser.driver.getCurrentUrl()));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("Barnet");

            // and when they sign out of the workspace
            browser.driver.get(at("workspace", "/"));
            browser.driver.findElement(By.id("sign-out")).click();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> browser.driver.getCurrentUrl().equals(at("workspace", "/signed-out")));

            // then the inbox, too, asks them to sign in again (back-channel logout ended its session)
            browser.driver.get(inbox);
            assertThat(browser.driver.getCurrentUrl()).startsWith(issuer);
            assertThat(browser.driver.findElements(By.id("password"))).hasSize(1);
        }
    }

    private static String at(String application, String path) {
        return "http://localhost:" + steps.settings().port(application) + path;
    }

    @Test
    void aminaMovesToBarnetWithHerSupportAndLambethLearnsNothing() throws Exception {
        // given Amina, enrolled in Newham with consent to take part, be recontacted, link feedback and share on move,
        // who came to a focus group and gave linked feedback (her answer stays linked to her: LINK_FEEDBACK)
        String amina = steps.enrolWith(
                "newham", newham, "Amina Haddad", "PARTICIPATE", "RECONTACT", "LINK_FEEDBACK", "SHARE_ON_MOVE");
        steps.attendAndAnswer("newham", newham, amina);
        steps.awaitInDatabase(
                "referrals_newham",
                "engagement_history",
                new Document("_id", amina).append("answered", new Document("$exists", true)));
        // and the personal link on the card Newham printed her
        String card = steps.post(
                        "newham",
                        newham,
                        "consent",
                        "/participants/" + amina + "/personal-link",
                        "{\"delivery\":\"card\"}",
                        201)
                .path("address")
                .asString();

        // when Newham refers her to Barnet with an ESOL Entry 2 place and mental-health support, and Barnet accepts
        String id = send(amina, "barnet");
        awaitStatus("barnet", barnet, "/incoming/" + id, "RECEIVED");
        JsonNode accepted = acceptOnceConsentArrives(id);

        // then Barnet's consent service knows her participantRef, with her consents to be re-confirmed
        assertThat(accepted.path("referral").path("status").asString()).isEqualTo("ACCEPTED");
        JsonNode atBarnet = steps.get("barnet", barnet, "consent", "/participants/" + amina);
        assertThat(atBarnet.path("participantRef").asString()).isEqualTo(amina);
        assertThat(atBarnet.path("consents").findValuesAsString("purpose"))
                .contains("PARTICIPATE", "RECONTACT", "SHARE_ON_MOVE");
        assertThat(atBarnet.path("consents").findValues("toBeReconfirmed"))
                .allSatisfy(flag -> assertThat(flag.asBoolean()).isTrue());

        // and Barnet's move-on team sees her engagement history and the support to continue
        JsonNode seen = steps.get("barnet", barnet, "referrals", "/incoming/" + id);
        assertThat(seen.path("profile").path("name").asString()).isEqualTo("Amina Haddad");
        assertThat(seen.path("engagement").findValuesAsString("kind")).contains("session-attended", "form-answered");
        assertThat(seen.path("engagement").findValuesAsString("sessionType")).contains("FOCUS_GROUP");

        // and, since she links her feedback, what she said in Newham, as she said it
        assertThat(seen.path("engagement").findValues("answersJson").stream()
                        .filter(JsonNode::isString)
                        .map(JsonNode::asString))
                .containsExactly("{\"q1\":\"" + HER_ANSWER + "\"}");
        assertThat(steps.find("referrals_barnet", "referrals", new Document("_id", id))
                        .toJson())
                .doesNotContain(HER_ANSWER);
        assertThat(seen.path("support").findValuesAsString("level")).contains("ESOL Entry 2");
        awaitStatus("newham", newham, "/referrals/" + id, "ACCEPTED");

        // and her card's link, in Arabic, now names Barnet's council and what is on there (read from Barnet's
        // engagement with Barnet's service client), and opens nothing of Newham's
        HttpResponse<String> moved = await().atMost(JourneySteps.PATIENCE)
                .until(
                        () -> HttpClient.newHttpClient()
                                .send(HttpRequest.newBuilder(URI.create(card)).build(), BodyHandlers.ofString()),
                        answer -> answer.statusCode() == 410);
        assertThat(moved.body())
                .contains("lang=\"ar\"", "Barnet Council", "id=\"new-council-contact\"")
                .doesNotContain("id=\"sessions-unavailable\"", "Amina", "/sign-up");

        // and Lambeth, reading every topic it may, learns nothing about her
        // (the capture is a consumer of its own: wait until it has read her referral's records too)
        List<ConsumerRecord<String, byte[]>> lambethReads = await().atMost(JourneySteps.PATIENCE)
                .until(
                        () -> capture.records().stream()
                                .filter(r -> r.topic().startsWith("sanctuary.lambeth.")
                                        || r.topic().startsWith("sanctuary.exchange.")
                                        || r.topic().startsWith("sanctuary.gla."))
                                .toList(),
                        reads -> reads.stream().anyMatch(r -> id.equals(r.key())));
        assertThat(lambethReads)
                .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                        .doesNotContain("Amina", "Haddad", "07700 900123", "ESOL Entry 2", "الطعام", HER_ANSWER));
        assertThat(steps.count("referrals_lambeth", "referrals", new Document("participantRef", amina)))
                .isZero();
        assertThat(steps.count("consent_lambeth", "participants", new Document("_id", amina)))
                .isZero();
        String lambethService = steps.token("lambeth-service");
        HttpResponse<String> lambethAsks = PlatformClients.call(
                "POST",
                "http://localhost:" + steps.settings().port("referrals") + "/api/exchange/newham/referrals/" + id
                        + "/key-release",
                lambethService,
                null);
        assertThat(lambethAsks.statusCode()).isEqualTo(404);
    }

    @Test
    void erasedInNewhamAfterBarnetAcceptedHerAminasCopyIsFlaggedAtBarnetAndErasedByOneAction() throws Exception {
        // given Leila, referred by Newham and accepted by Barnet
        String leila = steps.enrolWith("newham", newham, "Leila Haddad", "PARTICIPATE", "SHARE_ON_MOVE");
        String id = send(leila, "barnet");
        awaitStatus("barnet", barnet, "/incoming/" + id, "RECEIVED");
        acceptOnceConsentArrives(id);
        awaitStatus("newham", newham, "/referrals/" + id, "ACCEPTED");

        // when Newham erases her
        assertThat(PlatformClients.call(
                                "DELETE", steps.url("newham", "consent", "/participants/" + leila), newham, null)
                        .statusCode())
                .isEqualTo(204);

        // then Barnet's copy is flagged with the sentence its team must act on, and Newham records the receipt
        JsonNode flagged = await().atMost(JourneySteps.PATIENCE)
                .until(
                        () -> steps.get("barnet", barnet, "referrals", "/incoming/" + id)
                                .path("referral")
                                .path("erasureNotice"),
                        JsonNode::isObject);
        assertThat(flagged.path("message").asString())
                .startsWith("The sending borough erased this person on ")
                .endsWith(": review and erase your copy unless you hold it on another lawful basis.");
        awaitReceipt(id, "FLAGGED");

        // and when Barnet's team erases its copy there
        steps.post("barnet", barnet, "referrals", "/incoming/" + id + "/erasure", "", 204);

        // then Barnet holds nothing of the referral, Newham has the receipt and keeps no participantRef on it, the
        // notice and receipts on the exchange carried routing fields only, and Lambeth learned nothing
        awaitReceipt(id, "ERASED");
        assertThat(steps.find("referrals_barnet", "referrals", new Document("_id", id)))
                .isNull();
        assertThat(steps.count("referrals_newham", "referrals", new Document("participantRef", leila)))
                .isZero();
        List<ConsumerRecord<String, byte[]>> notices = await().atMost(JourneySteps.PATIENCE)
                .until(
                        () -> capture.records().stream()
                                .filter(r -> id.equals(r.key()))
                                .filter(r -> String.valueOf(RecordCapture.header(r, "ce_type"))
                                        .contains("referral-erasure-"))
                                .toList(),
                        found -> found.size() >= 3);
        assertThat(notices)
                .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                        .doesNotContain(leila, "participantRef", "Leila", "Haddad", "07700 900123"));
        assertThat(steps.count("referrals_lambeth", "referrals", new Document("_id", id)))
                .isZero();
        assertThat(steps.count("referrals_lambeth", "erasure_receipts", new Document()))
                .isZero();
    }

    @Test
    void withoutShareOnMoveTheReferralIsRefusedAndNothingLeavesNewham() throws Exception {
        // given Tomas, who agreed to take part but not to share on move
        String tomas = steps.enrolWith("newham", newham, "Tomas Berhane", "PARTICIPATE");

        // when Newham tries to refer him
        HttpResponse<String> refused = PlatformClients.call(
                "POST", steps.url("newham", "referrals", "/referrals"), newham, sendBody(tomas, "barnet"));

        // then it is refused, and no referral of his is stored or on any topic
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("participantRef");
        assertThat(steps.count("referrals_newham", "referrals", new Document("participantRef", tomas)))
                .isZero();
        assertThat(capture.records())
                .filteredOn(r -> r.topic().startsWith("sanctuary.exchange."))
                .noneSatisfy(r -> assertThat(RecordCapture.everythingIn(r)).contains(tomas));
    }

    @Test
    void someoneWhoWithdrawsShareOnMoveAfterSendingEndsWithdrawnAndBarnetHoldsNothing() throws Exception {
        // given Samir, referred to Barnet and waiting in its inbox
        String samir = steps.enrolWith("newham", newham, "Samir Aziz", "PARTICIPATE", "SHARE_ON_MOVE");
        String id = send(samir, "barnet");
        awaitStatus("barnet", barnet, "/incoming/" + id, "RECEIVED");

        // when he withdraws SHARE_ON_MOVE in Newham
        steps.post(
                "newham",
                newham,
                "consent",
                "/participants/" + samir + "/consents/SHARE_ON_MOVE/withdrawal",
                "{}",
                200);

        // then the referral ends WITHDRAWN at Newham, which records that Barnet deleted its copy on the notice
        awaitReceipt(id, "DELETED");
        awaitStatus("newham", newham, "/referrals/" + id, "WITHDRAWN");
        assertThat(PlatformClients.call("GET", steps.url("barnet", "referrals", "/incoming/" + id), barnet, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(steps.find("referrals_barnet", "referrals", new Document("_id", id)))
                .isNull();
        assertThat(steps.count("referrals_barnet", "referral_keys", new Document("participantRef", samir)))
                .isZero();
        assertThat(steps.count("referrals_newham", "referral_keys", new Document("participantRef", samir)))
                .isZero();
        assertThat(steps.count("consent_barnet", "participants", new Document("_id", samir)))
                .isZero();
    }

    @Test
    void barnetsMoveOnTeamSignsInToItsInboxPageAtTheLocalAuthorizationServer() throws Exception {
        Assumptions.assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given a referral waiting in Barnet's inbox
        String samira = steps.enrolWith("newham", newham, "Samira Aziz", "PARTICIPATE", "SHARE_ON_MOVE");
        String id = send(samira, "barnet");
        awaitStatus("barnet", barnet, "/incoming/" + id, "RECEIVED");
        String issuer = at("auth", "");
        DemoUser omar = DemoUser.named("barnet.moveon").orElseThrow();

        try (Browser browser = Browser.phone()) {
            // when Barnet's move-on officer opens the inbox and signs in by name at the authorization server
            browser.driver.get(at("referrals", "/boroughs/barnet/inbox"));
            assertThat(browser.driver.getCurrentUrl()).startsWith(issuer);
            browser.signInAt(issuer, omar.username(), omar.password());

            // then they are back on Barnet's inbox, which lists the referral and, before a decision, no name
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> browser.driver.getCurrentUrl().startsWith(at("referrals", "/boroughs/barnet/inbox")));
            assertThat(browser.driver.getPageSource()).contains(id).doesNotContain("Samira");
        }
    }

    private String send(String ref, String to) throws Exception {
        return steps.post("newham", newham, "referrals", "/referrals", sendBody(ref, to), 201)
                .path("referralId")
                .asString();
    }

    private static String sendBody(String ref, String to) {
        return """
                {"referralId": "%s", "participantRef": "%s", "toBorough": "%s", "reason": "DISPERSAL",
                 "moveDate": "2026-12-10",
                 "support": [{"kind": "ESOL", "level": "ESOL Entry 2", "urgency": "SOON"},
                             {"kind": "MENTAL_HEALTH", "note": "Weekly counselling", "urgency": "URGENT"}]}""".formatted(UUID.randomUUID(), ref, to);
    }

    /** The sender's referrals service learns SHARE_ON_MOVE from the consent topic: key release may wait a moment. */
    private JsonNode acceptOnceConsentArrives(String id) throws Exception {
        return steps.postOnceConsentArrives("barnet", barnet, "referrals", "/incoming/" + id + "/acceptance", "");
    }

    /** Newham's referral once it records Barnet's receipt with {@code outcome}. */
    private void awaitReceipt(String id, String outcome) {
        await().atMost(JourneySteps.PATIENCE)
                .until(() -> outcome.equals(steps.get("newham", newham, "referrals", "/referrals/" + id)
                        .path("erasureReceipt")
                        .path("outcome")
                        .asString("")));
    }

    private void awaitStatus(String borough, String token, String path, String status) {
        await().atMost(JourneySteps.PATIENCE).untilAsserted(() -> {
            JsonNode read = steps.get(borough, token, "referrals", path);
            String now = read.has("referral")
                    ? read.path("referral").path("status").asString()
                    : read.path("status").asString();
            assertThat(now).isEqualTo(status);
        });
    }
}
