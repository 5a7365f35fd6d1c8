package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The retention review on the real store: records left unchanged for three years, under the default P2Y. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class RetentionIntegrationTests {

    static final String OFFICER = TestTokens.officer("newham");
    static final String LEAD = lead("newham");
    static final String REVIEW = "/api/boroughs/newham/retention-review?limit=500";
    static final Instant THREE_YEARS_AGO =
            Instant.now().minus(Duration.ofDays(3 * 365)).truncatedTo(ChronoUnit.MILLIS);

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void aPersonWhoseRecordHasNotChangedForLongerThanThePeriodIsOnTheServiceLeadsReviewList() {
        // given
        String old = enrolledThreeYearsAgo();
        String fresh = enrol(Person.unique());

        // when
        Answer review = api.get(LEAD, REVIEW);

        // then
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(review.json().path("retention").asString()).isEqualTo("P2Y");
        JsonNode item = itemFor(review, old);
        assertThat(item).as("the old record is listed").isNotNull();
        assertThat(Instant.parse(item.path("lastActivityAt").asString())).isEqualTo(THREE_YEARS_AGO);
        assertThat(Instant.parse(item.path("reviewDueAt").asString())).isBefore(Instant.now());
        assertThat(itemFor(review, fresh)).as("a record changed today is not").isNull();
    }

    @Test
    void keepingWithAReasonTakesThePersonOffTheListAndStoresWhoAndWhyWithoutPersonalData() {
        // given
        Person person = Person.unique();
        String ref = enrolledThreeYearsAgo(person);

        // when
        Answer kept = keep(ref, "{\"keep\": true, \"reason\": \"Open housing appeal\"}");

        // then
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(kept.json().path("lastKept").path("reason").asString()).isEqualTo("Open housing appeal");
        assertThat(kept.json().path("lastKept").path("decidedBy").asString()).isEqualTo("newham.lead");
        assertThat(Instant.parse(kept.json().path("reviewDueAt").asString()))
                .isAfter(Instant.now().plus(Duration.ofDays(700)));
        assertThat(itemFor(api.get(LEAD, REVIEW), ref)).isNull();
        List<Document> decisions = stores.of("newham")
                .find(Query.query(Criteria.where("participantRef").is(ref)), Document.class, "retention_decisions");
        assertThat(decisions)
                .singleElement()
                .satisfies(d -> assertThat(d.toJson())
                        .contains("Open housing appeal")
                        .doesNotContain(person.name(), person.phone(), person.email()));
    }

    @Test
    void anyChangeToThePersonsRecordIsActivityThatStartsThePeriodAgain() {
        // given
        String ref = enrolledThreeYearsAgo();
        assertThat(itemFor(api.get(LEAD, REVIEW), ref)).isNotNull();

        // when
        assertThat(api.post(OFFICER, participant("newham", ref) + "/consents", grant("RECONTACT"))
                        .status())
                .isEqualTo(201);

        // then
        assertThat(itemFor(api.get(LEAD, REVIEW), ref)).isNull();
    }

    @Test
    void anErasedPersonIsNoLongerOnTheListAndCannotBeKept() {
        // given
        String ref = enrolledThreeYearsAgo();

        // when
        assertThat(api.delete(OFFICER, participant("newham", ref)).status()).isEqualTo(204);

        // then
        assertThat(itemFor(api.get(LEAD, REVIEW), ref)).isNull();
        assertThat(keep(ref, "{\"keep\": true, \"reason\": \"too late\"}").status())
                .isEqualTo(410);
    }

    @Test
    void onlyTheBoroughsServiceLeadReviewsAndBadDecisionsAreRefusedNamingTheField() {
        // given
        String ref = enrolledThreeYearsAgo();
        String officerOnly = TestTokens.sign(TestTokens.claims("newham.officer1", "newham", List.of("officer"))
                .build());

        // when / then
        assertThat(api.get(officerOnly, REVIEW).status()).isEqualTo(403);
        assertThat(api.post(officerOnly, decision(ref), "{\"keep\": true, \"reason\": \"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(lead("barnet"), REVIEW).status()).isEqualTo(404);
        assertRefused(keep(ref, "{\"keep\": false, \"reason\": \"x\"}"), "keep");
        assertRefused(keep(ref, "{\"keep\": true, \"reason\": \" \"}"), "reason");
        assertRefused(keep(ref, "{\"keep\": true, \"reason\": \"" + "x".repeat(201) + "\"}"), "reason");
        assertRefused(keep(ref, "{\"keep\": \"yes\", \"reason\": \"x\"}"), "keep");
        assertRefused(api.get(LEAD, "/api/boroughs/newham/retention-review?limit=0"), "limit");
        assertThat(keep(UUID.randomUUID().toString(), "{\"keep\": true, \"reason\": \"x\"}")
                        .status())
                .isEqualTo(404);
    }

    String enrolledThreeYearsAgo() {
        return enrolledThreeYearsAgo(Person.unique());
    }

    /** Enrols, then moves the record's times back, as if nobody had touched it since. */
    String enrolledThreeYearsAgo(Person person) {
        String ref = enrol(person);
        Date then = Date.from(THREE_YEARS_AGO);
        stores.of("newham")
                .updateFirst(
                        Query.query(Criteria.where("_id").is(ref)),
                        Update.update("enrolledAt", then).set("lastActivityAt", then),
                        "participants");
        return ref;
    }

    String enrol(Person person) {
        Answer answer = api.post(OFFICER, participants("newham"), person.enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("participantRef").asString();
    }

    Answer keep(String ref, String body) {
        return api.post(LEAD, decision(ref), body);
    }

    static String decision(String ref) {
        return participant("newham", ref) + "/retention-decision";
    }

    static JsonNode itemFor(Answer review, String ref) {
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        for (JsonNode item : review.json().path("items")) {
            if (item.path("participantRef").asString().equals(ref)) {
                return item;
            }
        }
        return null;
    }

    static void assertRefused(Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().path("field").asString()).isEqualTo(field);
    }

    static String lead(String borough) {
        return TestTokens.sign(TestTokens.claims(borough + ".lead", borough, List.of("service-lead"))
                .claim("name", "Lee Lead")
                .build());
    }
}
