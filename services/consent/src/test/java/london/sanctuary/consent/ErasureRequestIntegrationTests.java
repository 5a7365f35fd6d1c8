package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The person asks, on their own page, to be erased (decision 0066), on the real embedded store and broker: the request
 * is recorded once, reaches the borough's officers as a task (refs and dates, oldest first), publishes nothing, and
 * is gone once staff erase the person; nobody else's cookie, form or borough reaches it.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = {"spring.config.name=consent", "sanctuary.consent.personal-link.requests=10000"})
class ErasureRequestIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");
    static final String REQUESTS = "/api/boroughs/newham/erasure-requests";
    static final Borough BOROUGH = Borough.of("newham");

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    @Autowired
    Environment environment;

    ConsentApi api;
    LinkedPeople people;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
        people = new LinkedPeople(api, NEWHAM);
    }

    @Test
    void givenAnOpenedPageWhenThePersonAsksForErasureThenItIsRecordedOnceInArabicAuditedAndPublishesNothing() {
        // given
        Person person = Person.unique();
        String ref = people.enrolInArabic(person, "PARTICIPATE");
        String token = people.card(ref);
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + token);

        try (LogCapture logs = LogCapture.open();
                RecordCapture capture =
                        new RecordCapture(environment.getRequiredProperty("spring.kafka.bootstrap-servers"))) {
            // when the person follows the link from their page, reads what erasure means, confirms, and confirms again
            HttpResponse<String> page = phone.get("/public/me");
            HttpResponse<String> explained = phone.get("/public/me/erasure");
            HttpResponse<String> asked = phone.postForm("/public/me/erasure", "/public/me/erasure");
            HttpResponse<String> receipt = phone.get("/public/me/erasure");
            HttpResponse<String> again = phone.postForm("/public/me", "/public/me/erasure");
            HttpResponse<String> second = phone.get("/public/me/erasure?already");
            // a change that is published, after the asking: once it is on the topic, so would the asking's event be
            api.post(
                    NEWHAM,
                    participant("newham", ref) + "/consents/PARTICIPATE/withdrawal",
                    ConsentRequests.withdrawal());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> typesOf(capture, ref).stream().anyMatch(type -> type.contains("consent-withdrawn")));

            // then
            assertThat(page.body()).contains("id=\"ask-erasure\"", "href=\"/public/me/erasure\"");
            assertThat(explained.statusCode()).isEqualTo(200);
            assertThat(explained.body())
                    .contains(
                            "lang=\"ar\"", "dir=\"rtl\"", "اطلب من المجلس حذف معلوماتك", "id=\"ask-erasure-confirm\"");
            assertThat(asked.statusCode()).isEqualTo(302);
            assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/public/me/erasure");
            assertThat(receipt.body()).contains("لقد طلبت من المجلس حذف معلوماتك", "id=\"asked-on\"");
            assertThat(receipt.body()).doesNotContain("id=\"ask-erasure-confirm\"", "id=\"already\"");
            assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/public/me/erasure?already");
            assertThat(second.body()).contains("id=\"already\"", "لقد طلبت ذلك من قبل");
            assertThat(refsAsked()).containsOnlyOnce(ref);
            assertThat(AuditRecords.about(stores.of(BOROUGH), ref, "erasure.asked"))
                    .singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.getString("subject")).isEqualTo("personal-link");
                        assertThat(entry.toJson()).doesNotContain(token, person.name(), person.phone());
                    });
            assertThat(typesOf(capture, ref))
                    .allSatisfy(type -> assertThat(type)
                            .containsAnyOf("participant-enrolled", "consent-granted", "consent-withdrawn"));
            assertThat(capture.records())
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .doesNotContain(token, person.name(), person.phone()));
            assertThat(logs.lines())
                    .noneMatch(line ->
                            line.contains(token) || line.contains(person.name()) || line.contains(person.phone()));
        }
    }

    @Test
    void givenOpenRequestsWhenAnOfficerListsThemThenTheyComeOldestFirstWithRefsAndDatesOnlyAndErasingRemovesOne() {
        // given
        Person first = Person.unique();
        String firstRef = askErasure(first);
        String secondRef = askErasure(Person.unique());

        // when
        Answer listed = api.get(NEWHAM, REQUESTS);
        Answer erased = api.delete(NEWHAM, participant("newham", firstRef));
        Answer after = api.get(NEWHAM, REQUESTS);

        // then
        assertThat(listed.status()).isEqualTo(200);
        List<String> refs = refsIn(listed);
        assertThat(refs).containsSubsequence(firstRef, secondRef);
        JsonNode one = find(listed, firstRef);
        assertThat(one.path("askedAt").asText()).isNotBlank();
        assertThat(one.properties()).extracting(e -> e.getKey()).containsExactlyInAnyOrder("participantRef", "askedAt");
        assertThat(listed.body()).doesNotContain(first.name(), first.phone());
        assertThat(erased.status()).isEqualTo(204);
        assertThat(refsIn(after)).doesNotContain(firstRef).contains(secondRef);
    }

    @Test
    void
            givenOnePersonsPageWhenAnotherPersonAsksOrAFormIsForgedThenOnlyTheAskerIsRecordedAndTheForgerReadsAnOutOfDateFormPage() {
        // given
        String bystander = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        PersonsPage bystandersPhone = new PersonsPage(port);
        bystandersPhone.open("/public/me/" + people.card(bystander));
        String asker = people.enrolInArabic(Person.unique(), "PARTICIPATE");
        PersonsPage askersPhone = new PersonsPage(port);
        askersPhone.open("/public/me/" + people.card(asker));
        PersonsPage noPage = new PersonsPage(port);

        // when
        HttpResponse<String> forged = bystandersPhone.post("/public/me/erasure", "_csrf=forged");
        HttpResponse<String> noCookie = noPage.post("/public/me/erasure", "_csrf=forged");
        HttpResponse<String> noCookieRead = noPage.get("/public/me/erasure");
        askersPhone.postForm("/public/me/erasure", "/public/me/erasure");

        // then
        assertThat(List.of(forged, noCookie)).allSatisfy(refused -> {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("text/html");
            assertThat(refused.body())
                    .contains("lang=\"ar\"", "dir=\"rtl\"", "id=\"form-expired\"", "هذا النموذج قديم")
                    .doesNotContain("Exception", "problem");
        });
        assertThat(noCookieRead.statusCode()).isEqualTo(404);
        assertThat(refsAsked()).contains(asker).doesNotContain(bystander);
        assertThat(bystandersPhone.get("/public/me/erasure").body()).contains("id=\"ask-erasure-confirm\"");
    }

    @Test
    void givenNewhamsRequestsWhenAnotherBoroughAnotherRoleOrNobodyAsksThenTheyLearnNothing() {
        // given
        String ref = askErasure(Person.unique());
        String barnet = TestTokens.officer("barnet");
        String lead = TestTokens.sign(TestTokens.claims("newham-lead", "newham", List.of("service-lead"))
                .build());

        // when
        Answer barnetAtNewhams = api.get(barnet, REQUESTS);
        Answer barnetAtItsOwn = api.get(barnet, "/api/boroughs/barnet/erasure-requests");
        Answer analyst = api.get(TestTokens.analyst(), REQUESTS);
        Answer leadAsks = api.get(lead, REQUESTS);
        Answer nobody = api.get(null, REQUESTS);

        // then
        assertThat(barnetAtNewhams.status()).isEqualTo(404);
        assertThat(barnetAtItsOwn.status()).isEqualTo(200);
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(leadAsks.status()).isEqualTo(403);
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(List.of(analyst, leadAsks, nobody))
                .allSatisfy(answer -> assertThat(answer.isProblem()).isTrue());
        assertThat(List.of(barnetAtNewhams, barnetAtItsOwn, analyst, leadAsks, nobody))
                .allSatisfy(answer -> assertThat(answer.body()).doesNotContain(ref));
    }

    @Test
    void givenALimitThatIsNotANumberOrTooBigWhenAnOfficerListsThenItIsA400NamingTheField() {
        // when
        Answer word = api.get(NEWHAM, REQUESTS + "?limit=all");
        Answer huge = api.get(NEWHAM, REQUESTS + "?limit=" + "9".repeat(5000));

        // then
        assertThat(List.of(word, huge)).allSatisfy(answer -> {
            assertThat(answer.status()).isBetween(400, 431);
            assertThat(answer.body()).doesNotContain("Exception", "at london.");
        });
        assertThat(word.isProblem()).isTrue();
        assertThat(word.body()).contains("limit");
    }

    private static List<String> typesOf(RecordCapture capture, String ref) {
        return capture.records().stream()
                .filter(r -> ref.equals(r.key()))
                .map(r -> RecordCapture.header(r, "ce_type"))
                .toList();
    }

    private String askErasure(Person person) {
        String ref = people.enrolInArabic(person, "PARTICIPATE");
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + people.card(ref));
        assertThat(phone.postForm("/public/me/erasure", "/public/me/erasure").statusCode())
                .isEqualTo(302);
        return ref;
    }

    private List<String> refsAsked() {
        return refsIn(api.get(NEWHAM, REQUESTS + "?limit=500"));
    }

    private static List<String> refsIn(Answer answer) {
        return answer.json()
                .valueStream()
                .map(r -> r.path("participantRef").asText())
                .toList();
    }

    private static JsonNode find(Answer answer, String ref) {
        return answer.json()
                .valueStream()
                .filter(r -> r.path("participantRef").asText().equals(ref))
                .findFirst()
                .orElseThrow();
    }
}
