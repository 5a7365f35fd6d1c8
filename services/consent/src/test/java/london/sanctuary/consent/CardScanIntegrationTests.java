package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.participant;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.consent.link.LinkToken;
import london.sanctuary.consent.link.PersonalLink;
import london.sanctuary.consent.link.PersonalLinks;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The door asks whose personal-link card was scanned (decision 0063), on the real embedded store and broker: a live
 * card answers its holder, audited without the token; every other card, caller and body answers nothing.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class CardScanIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");
    static final String HOLDER = "/api/boroughs/newham/personal-links/holder";
    static final Borough BOROUGH = Borough.of("newham");

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    @Autowired
    PersonalLinks links;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void givenALiveCardWhenTheDoorAsksWhoseItIsThenItIsTheHoldersRefAuditedAndTheTokenIsNeitherLoggedNorEchoed() {
        // given
        Person person = Person.unique();
        String ref = enrol(person);
        String token = cardOf(ref);

        try (LogCapture logs = LogCapture.open()) {
            // when
            Answer answer = api.post(NEWHAM, HOLDER, scanned(token));
            Answer cutShort = api.post(NEWHAM, HOLDER, "{\"token\": \"" + token);

            // then
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("participantRef").asText()).isEqualTo(ref);
            assertThat(answer.header("Cache-Control")).contains("no-store");
            assertThat(cutShort.status()).isEqualTo(400);
            assertThat(cutShort.body()).doesNotContain(token);
            List<Document> audited = AuditRecords.about(stores.of(BOROUGH), ref, "personal-link.scanned");
            assertThat(audited)
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.toJson()).doesNotContain(token, person.name()));
            assertThat(logs.lines()).noneMatch(line -> line.contains(token));
        }
    }

    @Test
    void givenCardsThatOpenNothingWhenTheDoorAsksThenEachIsTheSameNotFoundNamingNoOneAndNothingIsAudited() {
        // given: ended by staff, replaced by a newer card, expired, of an erased person, unknown, malformed
        String ref = enrol(Person.unique());
        String ended = cardOf(ref);
        assertThat(api.delete(NEWHAM, participant("newham", ref) + "/personal-link")
                        .status())
                .isEqualTo(204);
        String replacedRef = enrol(Person.unique());
        String replaced = cardOf(replacedRef);
        cardOf(replacedRef);
        LinkToken expired = LinkToken.random();
        Instant past = Instant.now().minus(Duration.ofDays(100));
        links.save(new PersonalLink(
                expired.hash(), ParticipantRef.of(ref), BOROUGH, past, past.plus(Duration.ofDays(90)), null, null));
        String erasedRef = enrol(Person.unique());
        String ofErased = cardOf(erasedRef);
        assertThat(api.delete(NEWHAM, participant("newham", erasedRef)).status())
                .isEqualTo(204);
        List<String> tokens = List.of(
                ended, replaced, expired.value(), ofErased, LinkToken.random().value(), "guess", "x".repeat(100_000));

        // when
        List<Answer> answers =
                tokens.stream().map(t -> api.post(NEWHAM, HOLDER, scanned(t))).toList();

        // then
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isBetween(400, 499);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.body()).doesNotContain(ref, erasedRef, replacedRef, ended, replaced);
        });
        assertThat(answers.subList(0, 6))
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(404));
        assertThat(AuditRecords.about(stores.of(BOROUGH), ref, "personal-link.scanned"))
                .isEmpty();
    }

    @Test
    void givenNewhamsCardWhenAnotherBoroughOrAnotherRoleAsksThenTheyLearnNothing() {
        // given
        String ref = enrol(Person.unique());
        String token = cardOf(ref);
        String barnet = TestTokens.officer("barnet");
        String analyst = TestTokens.analyst();
        String noOfficer = TestTokens.sign(TestTokens.claims("newham-lead", "newham", List.of("service-lead"))
                .build());

        // when
        Answer barnetAtItsOwnDoor = api.post(barnet, "/api/boroughs/barnet/personal-links/holder", scanned(token));
        Answer barnetAtNewhams = api.post(barnet, HOLDER, scanned(token));
        Answer analystAsks = api.post(analyst, HOLDER, scanned(token));
        Answer leadAsks = api.post(noOfficer, HOLDER, scanned(token));
        Answer nobodyAsks = api.post(null, HOLDER, scanned(token));

        // then
        assertThat(barnetAtItsOwnDoor.status()).isEqualTo(404);
        assertThat(barnetAtNewhams.status()).isEqualTo(404); // another borough's data does not exist for Barnet
        assertThat(analystAsks.status()).isEqualTo(403);
        assertThat(leadAsks.status()).isEqualTo(403);
        assertThat(nobodyAsks.status()).isEqualTo(401);
        assertThat(List.of(barnetAtItsOwnDoor, barnetAtNewhams, analystAsks, leadAsks))
                .allSatisfy(answer -> assertThat(answer.body()).doesNotContain(ref));
    }

    @Test
    void givenABodyWithoutATokenOrNotJsonWhenTheDoorAsksThenItIsA400NamingTheField() {
        // when
        Answer none = api.post(NEWHAM, HOLDER, "{}");
        Answer wrongType = api.post(NEWHAM, HOLDER, "{\"token\": [1, 2]}");
        Answer notJson = api.post(NEWHAM, HOLDER, "token=abc");

        // then
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().path("field").asText()).isEqualTo("token");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(List.of(none, wrongType, notJson))
                .allSatisfy(answer -> assertThat(answer.isProblem()).isTrue());
    }

    @Test
    void givenOneOfficerScanningCardAfterCardWhenTheyPassTheLimitThenTheyAre429WithRetryAfterAndAnotherOfficerIsNot() {
        // given a card, and an officer of their own (the limit is per officer)
        String token = cardOf(enrol(Person.unique()));
        String busy = TestTokens.sign(
                TestTokens.claims("newham-door-" + java.util.UUID.randomUUID(), "newham", List.of("officer"))
                        .build());

        // when they scan 61 times in a minute (the limit is 60), and a colleague scans once
        List<Answer> answers = java.util.stream.IntStream.range(0, 61)
                .mapToObj(i -> api.post(busy, HOLDER, scanned(token)))
                .toList();
        Answer colleague = api.post(NEWHAM, HOLDER, scanned(token));

        // then
        assertThat(answers.subList(0, 60))
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        Answer refused = answers.get(60);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.isProblem()).isTrue();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.body()).doesNotContain(token);
        assertThat(colleague.status()).isEqualTo(200);
    }

    private static String scanned(String token) {
        return "{\"token\": \"" + token + "\"}";
    }

    private String enrol(Person person) {
        return new LinkedPeople(api, NEWHAM).enrolInArabic(person);
    }

    private String cardOf(String ref) {
        return new LinkedPeople(api, NEWHAM).card(ref);
    }
}
