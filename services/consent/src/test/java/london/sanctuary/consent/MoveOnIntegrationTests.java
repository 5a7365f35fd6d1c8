package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static london.sanctuary.consent.ConsentRequests.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.contracts.EventType;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/** Move-on between boroughs, as the referrals service uses it: the move-on record and the transfer. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class MoveOnIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");
    static final String BARNET = TestTokens.officer("barnet");

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void theReferralsServiceReadsWhatMayMoveOnlyWhileShareOnMoveHolds() {
        // given
        Person person = Person.unique();
        String path = participant("newham", enrol(person));
        String service = service("newham");
        api.post(NEWHAM, path + "/consents", grant("PARTICIPATE"));
        Answer before = api.get(service, path + "/move-on");
        api.post(NEWHAM, path + "/consents", grant("SHARE_ON_MOVE"));

        // when
        Answer allowed = api.get(service, path + "/move-on");
        Answer officer = api.get(NEWHAM, path + "/move-on");
        api.post(NEWHAM, path + "/consents/SHARE_ON_MOVE/withdrawal", withdrawal());
        Answer withdrawn = api.get(service, path + "/move-on");

        // then
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
        assertThat(allowed.json().path("profile").path("name").asString()).isEqualTo(person.name());
        assertThat(allowed.json().path("profile").path("accessNeeds").asString())
                .isEqualTo("female interpreter");
        assertThat(allowed.json().path("consents").findValuesAsString("purpose"))
                .containsExactlyInAnyOrder("PARTICIPATE", "SHARE_ON_MOVE");
        assertThat(officer.status()).isEqualTo(403);
        assertThat(List.of(before, withdrawn)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.body()).doesNotContain(person.name());
        });
    }

    @Test
    void theMoveOnTeamFindsAPersonAndReadsTheirConsentsButChangesNothing() {
        // given a person enrolled by an officer, who agreed to share on a move
        Person person = Person.unique();
        String path = participant("newham", enrol(person));
        api.post(NEWHAM, path + "/consents", grant("SHARE_ON_MOVE"));
        String moveOn = TestTokens.sign(TestTokens.claims("newham.moveon", "newham", List.of("move-on"))
                .claim("name", "Mo Team")
                .build());

        // when the move-on team looks for them, reads them, and tries to change or enrol anyone
        Answer found =
                api.get(moveOn, participants("newham") + "?q=" + person.name().replace(" ", "+"));
        Answer read = api.get(moveOn, path);
        Answer changed = api.send(moveOn, "PATCH", path, "{\"name\": \"Someone Else\"}");
        Answer enrolled =
                api.post(moveOn, participants("newham"), Person.unique().enrolment());
        Answer granted = api.post(moveOn, path + "/consents", grant("RECONTACT"));

        // then they see the person and that SHARE_ON_MOVE holds, and every change is refused
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains(person.name());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("consents").findValuesAsString("purpose")).contains("SHARE_ON_MOVE");
        assertThat(List.of(changed, enrolled, granted))
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(403));
    }

    @Test
    void aTransferEnrolsTheSameRefOnceWithItsConsentsToBeReconfirmed() {
        try (RecordCapture capture =
                new RecordCapture(environment.getRequiredProperty("spring.kafka.bootstrap-servers"))) {
            // given a person referred from Newham
            String ref = UUID.randomUUID().toString();
            String body = transfer(ref, "newham", Person.unique());
            String service = service("barnet");

            // when Barnet's referrals service enrols them twice (a retried acceptance)
            Answer first = api.post(service, participants("barnet") + "/transfers", body);
            Answer again = api.post(service, participants("barnet") + "/transfers", body);
            Answer read = api.get(BARNET, participant("barnet", ref));

            // then one participant with the same ref, consents to re-confirm, and the event says where from
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(first.json().path("transferredFrom").asString()).isEqualTo("newham");
            assertThat(again.status()).isEqualTo(200);
            assertThat(read.json().path("consents").findValuesAsString("purpose"))
                    .containsExactlyInAnyOrder("PARTICIPATE", "RECONTACT");
            assertThat(read.json().path("consents").findValues("toBeReconfirmed"))
                    .allSatisfy(flag -> assertThat(flag.asBoolean()).isTrue());
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(capture.records().stream()
                                    .filter(r -> ref.equals(r.key()))
                                    .filter(r -> EventType.PARTICIPANT_ENROLLED
                                            .type()
                                            .equals(RecordCapture.header(r, "ce_type")))
                                    .map(RecordCapture::everythingIn))
                            .singleElement()
                            .satisfies(text -> assertThat(text).contains("\"transferredFrom\":\"newham\"")));
        }
    }

    @Test
    void aTransferIsForTheBoroughsServiceOnlyAndNamesTheFieldAtFault() {
        // given
        String ref = UUID.randomUUID().toString();

        // when
        Answer officer =
                api.post(BARNET, participants("barnet") + "/transfers", transfer(ref, "newham", Person.unique()));
        Answer sameBorough = api.post(
                service("barnet"), participants("barnet") + "/transfers", transfer(ref, "barnet", Person.unique()));
        Answer badRef = api.post(
                service("barnet"),
                participants("barnet") + "/transfers",
                transfer("not-a-uuid", "newham", Person.unique()));

        // then
        assertThat(officer.status()).isEqualTo(403);
        assertThat(sameBorough.status()).isEqualTo(400);
        assertThat(sameBorough.json().path("field").asString()).isEqualTo("transferredFrom");
        assertThat(badRef.status()).isIn(400, 404);
        assertThat(List.of(officer, sameBorough, badRef))
                .allSatisfy(a -> assertThat(a.isProblem()).isTrue());
    }

    private String enrol(Person person) {
        Answer answer = api.post(NEWHAM, participants("newham"), person.enrolment());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("participantRef").asString();
    }

    private static String service(String borough) {
        return TestTokens.sign(TestTokens.claims(borough + "-service", borough, List.of("service"))
                .build());
    }

    private static String transfer(String ref, String from, Person person) {
        return """
                {"participantRef": "%s", "transferredFrom": "%s",
                 "profile": {"name": "%s", "phone": "%s", "preferredLanguages": ["ar", "en"]},
                 "consents": [
                   {"purpose": "PARTICIPATE", "method": "WRITTEN", "legalBasis": "CONSENT", "language": "ar",
                    "noticeVersion": "2026-10", "grantedAt": "2026-10-01T10:00:00Z"},
                   {"purpose": "RECONTACT", "method": "VERBAL_WITH_INTERPRETER", "legalBasis": "CONSENT",
                    "language": "ar", "noticeVersion": "2026-10", "grantedAt": "2026-10-01T10:00:00Z"}]}""".formatted(ref, from, person.name(), person.phone());
    }
}
