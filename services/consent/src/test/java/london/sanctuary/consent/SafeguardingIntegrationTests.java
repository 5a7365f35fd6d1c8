package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.platform.crypto.EnvelopeKeys;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Safeguarding concerns for real: flagged by an officer, seen and closed by the lead, shredded with the person. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class SafeguardingIntegrationTests {

    static final String OFFICER = staff("newham.officer1", "Amina Officer", "newham", "officer");
    static final String LEAD = staff("newham.safeguarding", "Sam Lead", "newham", "safeguarding-lead");
    static final String BARNET_LEAD = staff("barnet.safeguarding", "Bo Lead", "barnet", "safeguarding-lead");

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    @Autowired
    EnvelopeKeys participantKeys;

    @Autowired
    Environment environment;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void anOfficerFlagsAConcernAndTheLeadSeesItsTextAndWhoRaisedItWhileTheOfficerSeesOnlyThatItIsOpen() {
        // given
        String ref = enrol();
        String summary = uniqueText("Said they sleep in a car with two children");

        // when
        Answer flagged = flag(OFFICER, ref, summary);

        // then
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
        String id = flagged.json().path("concernId").asString();
        assertThat(flagged.header("Location")).endsWith("/api/boroughs/newham/concerns/" + id);
        assertThat(flagged.body()).doesNotContain(summary);
        JsonNode seen = concernIn(api.get(LEAD, "/api/boroughs/newham/concerns?state=open"), id);
        assertThat(seen.path("summary").asString()).isEqualTo(summary);
        assertThat(seen.path("state").asString()).isEqualTo("open");
        assertThat(seen.path("participantRef").asString()).isEqualTo(ref);
        assertThat(seen.path("raisedBy").path("subject").asString()).isEqualTo("newham.officer1");
        assertThat(seen.path("raisedBy").path("name").asString()).isEqualTo("Amina Officer");
        assertThat(seen.path("raisedAt").asString()).isNotBlank();
        Answer officersView = api.get(OFFICER, participant("newham", ref) + "/concerns");
        assertThat(officersView.status()).isEqualTo(200);
        assertThat(officersView.json().get(0).path("state").asString()).isEqualTo("open");
        assertThat(officersView.body()).doesNotContain(summary).doesNotContain("summary");
        Answer leadsView = api.get(LEAD, participant("newham", ref) + "/concerns");
        assertThat(leadsView.json().get(0).path("summary").asString()).isEqualTo(summary);
    }

    @Test
    void theLeadClosesAConcernSayingWhatWasDoneAndItMovesFromTheOpenListToTheClosedOne() {
        // given
        String ref = enrol();
        String id = flag(OFFICER, ref, uniqueText("Missed three sessions, seemed frightened"))
                .json()
                .path("concernId")
                .asString();
        String actionTaken = uniqueText("Referred to the MASH; housing officer told");

        // when
        Answer closed = close(LEAD, "newham", id, actionTaken);

        // then
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("state").asString()).isEqualTo("closed");
        assertThat(closed.json().path("actionTaken").asString()).isEqualTo(actionTaken);
        assertThat(closed.json().path("closedBy").path("name").asString()).isEqualTo("Sam Lead");
        assertThat(closed.json().path("closedAt").asString()).isNotBlank();
        assertThat(api.get(LEAD, "/api/boroughs/newham/concerns?state=open").body())
                .doesNotContain(id);
        assertThat(concernIn(api.get(LEAD, "/api/boroughs/newham/concerns?state=closed"), id)
                        .path("actionTaken")
                        .asString())
                .isEqualTo(actionTaken);
        Answer again = close(LEAD, "newham", id, "again");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void onlyTheBoroughsLeadListsAndClosesConcernsAnotherBoroughsLeadFindsNothing() {
        // given
        String ref = enrol();
        String id = flag(OFFICER, ref, uniqueText("A concern"))
                .json()
                .path("concernId")
                .asString();

        // when / then
        assertThat(api.get(OFFICER, "/api/boroughs/newham/concerns").status()).isEqualTo(403);
        assertThat(close(OFFICER, "newham", id, "done").status()).isEqualTo(403);
        assertThat(api.get(BARNET_LEAD, "/api/boroughs/newham/concerns").status())
                .isEqualTo(404);
        assertThat(close(BARNET_LEAD, "barnet", id, "done").status()).isEqualTo(404);
        assertThat(close(LEAD, "newham", UUID.randomUUID().toString(), "done").status())
                .isEqualTo(404);
        assertThat(close(LEAD, "newham", "not-an-id", "done").status()).isEqualTo(404);
        assertThat(flag(OFFICER, UUID.randomUUID().toString(), "about nobody").status())
                .isEqualTo(404);
        assertThat(flag(staff("newham.analyst", "Ana", "newham", "move-on"), ref, "x")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsRefusedNamingTheFieldWithoutRepeatingTheText() {
        // given
        String ref = enrol();
        String tooLong = "Sensitive words ".repeat(300);
        String id = flag(OFFICER, ref, uniqueText("A concern"))
                .json()
                .path("concernId")
                .asString();

        // when
        Answer blank = flag(OFFICER, ref, "   ");
        Answer longSummary = flag(OFFICER, ref, tooLong);
        Answer noAction = api.post(LEAD, "/api/boroughs/newham/concerns/" + id + "/closure", "{}");
        Answer badState = api.get(LEAD, "/api/boroughs/newham/concerns?state=everything");
        Answer wrongType = api.post(OFFICER, participant("newham", ref) + "/concerns", "{\"summary\": 42}");

        // then
        assertRefused(blank, "summary");
        assertRefused(longSummary, "summary");
        assertThat(longSummary.body()).doesNotContain("Sensitive words");
        assertRefused(noAction, "actionTaken");
        assertRefused(badState, "state");
        assertRefused(wrongType, "summary");
    }

    @Test
    void aConcernsTextIsStoredSealedAndReachesNoEventNoLogLineAndNoMetric() {
        String summary = uniqueText("Disclosed a threat from a former partner");
        String actionTaken = uniqueText("Called the police safeguarding unit");
        try (LogCapture logs = LogCapture.open();
                RecordCapture capture =
                        new RecordCapture(environment.getRequiredProperty("spring.kafka.bootstrap-servers"))) {
            // given
            String ref = enrol();

            // when
            String id = flag(OFFICER, ref, summary).json().path("concernId").asString();
            close(LEAD, "newham", id, actionTaken);
            api.get(LEAD, participant("newham", ref) + "/concerns");
            flag(OFFICER, ref, summary + "x".repeat(5000));
            api.get(OFFICER, "/api/boroughs/newham/concerns"); // refused, and logged as such

            // then
            Document stored = stores.of("newham").findById(id, Document.class, "concerns");
            assertThat(stored.toJson()).doesNotContain(summary).doesNotContain(actionTaken);
            assertThat(stored.getString("summary")).isNotBlank();
            assertThat(logs.lines()).isNotEmpty();
            assertThat(logs.lines()).allSatisfy(line -> assertThat(line).doesNotContain(summary, actionTaken));
            assertThat(capture.records())
                    .map(RecordCapture::everythingIn)
                    .allSatisfy(text -> assertThat(text).doesNotContain(summary, actionTaken));
            assertThat(api.get(null, "/actuator/prometheus").body()).doesNotContain(summary, actionTaken);
        }
    }

    @Test
    void erasingThePersonShredsTheirConcernsSoNobodyCanReadCloseOrAddOne() {
        // given
        String ref = enrol();
        String summary = uniqueText("Worried about their safety at the hostel");
        String id = flag(OFFICER, ref, summary).json().path("concernId").asString();
        assertThat(concernIn(api.get(LEAD, "/api/boroughs/newham/concerns?state=open"), id))
                .isNotNull();

        // when
        assertThat(api.delete(OFFICER, participant("newham", ref)).status()).isEqualTo(204);

        // then
        assertThat(participantKeys.find("newham", ref))
                .as("the key that sealed the text")
                .isEmpty();
        assertThat(stores.of("newham").findById(id, Document.class, "concerns").toJson())
                .doesNotContain(summary);
        assertThat(api.get(LEAD, "/api/boroughs/newham/concerns?state=open").body())
                .doesNotContain(id)
                .doesNotContain(summary);
        assertThat(api.get(LEAD, participant("newham", ref) + "/concerns").status())
                .isEqualTo(410);
        assertThat(api.get(OFFICER, participant("newham", ref) + "/concerns").status())
                .isEqualTo(410);
        assertThat(close(LEAD, "newham", id, "done").status()).isEqualTo(410);
        assertThat(flag(OFFICER, ref, "another").status()).isEqualTo(410);
    }

    String enrol() {
        Answer answer =
                api.post(OFFICER, participants("newham"), Person.unique().enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("participantRef").asString();
    }

    Answer flag(String token, String ref, String summary) {
        return api.post(token, participant("newham", ref) + "/concerns", json("summary", summary));
    }

    Answer close(String token, String borough, String id, String actionTaken) {
        return api.post(
                token, "/api/boroughs/" + borough + "/concerns/" + id + "/closure", json("actionTaken", actionTaken));
    }

    static JsonNode concernIn(Answer list, String id) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode concern : list.json()) {
            if (concern.path("concernId").asString().equals(id)) {
                return concern;
            }
        }
        throw new AssertionError("concern " + id + " not in " + list.body());
    }

    static void assertRefused(Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().path("field").asString()).isEqualTo(field);
    }

    static String json(String field, String value) {
        return "{\"" + field + "\": \"" + value + "\"}";
    }

    static String uniqueText(String text) {
        return text + " " + UUID.randomUUID();
    }

    static String staff(String subject, String name, String borough, String role) {
        return TestTokens.sign(TestTokens.claims(subject, borough, List.of(role))
                .claim("name", name)
                .build());
    }
}
