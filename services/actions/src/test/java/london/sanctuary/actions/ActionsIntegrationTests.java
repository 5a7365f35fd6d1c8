package london.sanctuary.actions;

import static london.sanctuary.actions.ActionRequests.actions;
import static london.sanctuary.actions.ActionRequests.completion;
import static london.sanctuary.actions.ActionRequests.note;
import static london.sanctuary.actions.ActionRequests.raise;
import static london.sanctuary.actions.ActionRequests.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.Participants.Person;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.EventType;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/** The actions service for real: feedback and consent events in from the broker, HTTP, the store, Kafka out. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=actions")
class ActionsIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String FACTS_TOPIC = "sanctuary.gla.facts.v1";

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    BoroughStores stores;

    @Autowired
    HeardFeedback heard;

    @Autowired
    ConsentLedger ledger;

    Participants participants;

    @BeforeEach
    void connect() {
        participants = new Participants(bootstrap());
    }

    @AfterEach
    void disconnect() {
        participants.close();
    }

    @Test
    void completingAnActionTellsTheLinkedParticipantInArabicAndPublishesOnlyTheCount() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given a participant in Newham who may be recontacted and answered in Arabic about food
            Person amira = Person.in("newham");
            consentToEverything(amira);
            participants.answer(amira, "ar", 12, "food");
            awaitHeard(amira, ConsentPurpose.RECONTACT);
            ApiClient api = api("newham");

            // when an action for food is raised from her response and done, with an Arabic statement
            String id = raiseAndStart(api, "newham", raise("food", amira.responseId()));
            Response done = api.post(
                    actions("newham") + "/" + id + "/completion",
                    completion("DONE", "We now serve fresh halal food daily", "نقدم الآن طعامًا حلالًا طازجًا يوميًا"));

            // then she is told once, in Arabic, and only the count leaves the service
            assertThat(done.status()).isEqualTo(200);
            assertThat(done.json().get("notifiedCount").asInt()).isEqualTo(1);
            Document notice = notice("newham", id, amira);
            assertThat(notice.getString("language")).isEqualTo("ar");
            assertThat(notice.getString("text")).isEqualTo("نقدم الآن طعامًا حلالًا طازجًا يوميًا");
            assertThat(notice.keySet()).doesNotContain("phone", "email", "name");
            ConsumerRecord<String, byte[]> loopClosed = awaitRecord(capture, EventType.LOOP_CLOSED, id);
            assertThat(RecordCapture.everythingIn(loopClosed))
                    .contains("\"notifiedCount\":1")
                    .doesNotContain(amira.ref().toString());
            List<ConsumerRecord<String, byte[]>> facts = awaitFacts(capture, 3);
            assertThat(facts)
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .doesNotContain(amira.ref().toString())
                            .doesNotContain("participantRef")
                            .doesNotContain(amira.responseId().toString()));
            assertThat(facts)
                    .anySatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .contains(EventType.ACTION_RAISED_FACT.type())
                            .contains("\"daysFromFeedback\":12"));
        }
    }

    @Test
    void erasureForgetsTheNoticesSentToTheParticipantAndNobodyElses() {
        // given Amira and Dawit told of the same action (a theme no other test uses here, so no one else is told)
        Person amira = Person.in("newham");
        Person dawit = Person.in("newham");
        for (Person p : List.of(amira, dawit)) {
            consentToEverything(p);
            participants.answer(p, "ar", 5, "health-access");
            awaitHeard(p, ConsentPurpose.RECONTACT);
        }
        ApiClient api = api("newham");
        String id = raiseAndStart(api, "newham", raise("health-access", amira.responseId(), dawit.responseId()));
        api.post(actions("newham") + "/" + id + "/completion", completion("DONE", "Fresh food daily", "طعام"));
        notice("newham", id, amira);

        // when Amira is erased
        participants.erase(amira);

        // then the record of her notice goes, participantRef and all; Dawit's stays
        await().atMost(PATIENCE)
                .until(() -> !stores.of("newham")
                        .exists(
                                Query.query(Criteria.where("participantRef")
                                        .is(amira.ref().toString())),
                                "notices_sent"));
        assertThat(notice("newham", id, dawit).getString("participantRef"))
                .isEqualTo(dawit.ref().toString());
    }

    @Test
    void aParticipantsNoticesAreReadBackForTheirSubjectAccessAndTheReadIsAudited() {
        // given Amira, told in Arabic of an action done about her feedback
        Person amira = Person.in("newham");
        ApiClient api = api("newham");
        String id = toldOfRepairsInArabic(amira, api);

        // when a service lead asks what she was told
        Response told = api.as(AuditRecords.staffToken("newham.lead", "Lee Lead", "newham", List.of("service-lead")))
                .get("/api/boroughs/newham/participants/" + amira.ref() + "/notices");

        // then the notice, and the read is in the borough's audit trail without what it said
        assertThat(told.status()).as(told.body()).isEqualTo(200);
        assertThat(told.json().get("notices").get(0).get("actionId").asString()).isEqualTo(id);
        assertThat(told.json().get("notices").get(0).get("language").asString()).isEqualTo("ar");
        assertThat(AuditRecords.about(stores.of("newham"), amira.ref().toString(), "notices.read"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("subject")).isEqualTo("newham.lead");
                    assertThat(entry.getString("name")).isEqualTo("Lee Lead");
                    assertThat(entry.toJson()).doesNotContain("إصلاحات");
                });
    }

    @Test
    void thePersonsOwnPageReadsTheirNoticesWithTheServiceTokenAloneAndTheReadIsAuditedAsForThemselves() {
        // given Amira, told in Arabic of an action done about her feedback
        Person amira = Person.in("newham");
        ApiClient api = api("newham");
        String id = toldOfRepairsInArabic(amira, api);
        String own = "/api/boroughs/newham/personal/" + amira.ref() + "/notices";

        // when the consent service asks for her page, and an officer, and another borough's service try the same
        Response told = api.as(TestTokens.sign(TestTokens.claims("consent", "newham", List.of("service"))
                        .build()))
                .get(own);
        Response officer = api.get(own);
        Response barnet = api.as(TestTokens.sign(TestTokens.claims("consent", "barnet", List.of("service"))
                        .build()))
                .get(own);

        // then only the borough's service gets the notice, and the read is hers, without what it said
        assertThat(told.status()).as(told.body()).isEqualTo(200);
        assertThat(told.json().get("notices").get(0).get("actionId").asString()).isEqualTo(id);
        assertThat(officer.status()).isEqualTo(403);
        assertThat(barnet.status()).isEqualTo(404);
        assertThat(AuditRecords.about(stores.of("newham"), amira.ref().toString(), "notices.read.self"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("subject")).isEqualTo("consent");
                    assertThat(entry.toJson()).doesNotContain("إصلاحات", "Repairs");
                });
    }

    @Test
    void withRecontactWithdrawnNoNoticeGoesAndTheLoopClosesWithACountOfZero() {
        try (RecordCapture capture = new RecordCapture(bootstrap())) {
            // given a participant in Lambeth who answered about food and then withdrew RECONTACT
            Person farid = Person.in("lambeth");
            consentToEverything(farid);
            participants.answer(farid, "ar", 3, "food");
            awaitHeard(farid, ConsentPurpose.RECONTACT);
            participants.withdraw(farid, farid.recontactId(), ConsentPurpose.RECONTACT);
            await().atMost(PATIENCE).until(() -> !holds(farid, ConsentPurpose.RECONTACT));
            ApiClient api = api("lambeth");

            // when
            String id = raiseAndStart(api, "lambeth", raise("food", farid.responseId()));
            Response done = api.post(
                    actions("lambeth") + "/" + id + "/completion", completion("DONE", "Fresh food daily", "طعام"));

            // then
            assertThat(done.json().get("notifiedCount").asInt()).isZero();
            assertThat(stores.of("lambeth").exists(byId(id, farid), "notices_sent"))
                    .isFalse();
            assertThat(RecordCapture.everythingIn(awaitRecord(capture, EventType.LOOP_CLOSED, id)))
                    .contains("\"notifiedCount\":0");
        }
    }

    @Test
    void withdrawingLinkFeedbackUnlinksTheResponsesButKeepsThem() {
        // given
        Person dawit = Person.in("barnet");
        consentToEverything(dawit);
        participants.answer(dawit, "ti", 1, "travel");
        awaitHeard(dawit, ConsentPurpose.LINK_FEEDBACK);

        // when
        participants.withdraw(dawit, dawit.linkId(), ConsentPurpose.LINK_FEEDBACK);

        // then
        await().atMost(PATIENCE)
                .until(() -> heard.find(Borough.of("barnet"), dawit.responseId())
                        .map(r -> r.participantRef() == null)
                        .orElse(false));
        assertThat(heard.find(Borough.of("barnet"), dawit.responseId()))
                .get()
                .satisfies(r -> assertThat(r.themes()).containsExactly("travel"));
    }

    @Test
    void erasureUnlinksTheParticipantsResponses() {
        // given
        Person hana = Person.in("barnet");
        consentToEverything(hana);
        participants.answer(hana, "so", 2, "esol");
        awaitHeard(hana, ConsentPurpose.LINK_FEEDBACK);

        // when
        participants.erase(hana);

        // then
        await().atMost(PATIENCE)
                .until(() -> heard.find(Borough.of("barnet"), hana.responseId())
                        .map(r -> r.participantRef() == null)
                        .orElse(false));
    }

    @Test
    void aResponseHeardAfterTheLinkWasWithdrawnIsKeptWithoutTheLinkAsAReplayReadsIt() {
        // given the withdrawal heard first, as when a replay reads the consent topic ahead of the feedback topic
        Person selam = Person.in("barnet");
        consentToEverything(selam);
        participants.withdraw(selam, selam.linkId(), ConsentPurpose.LINK_FEEDBACK);
        await().atMost(PATIENCE)
                .until(() -> ledger.ended(selam.borough(), selam.ref(), ConsentPurpose.LINK_FEEDBACK, Instant.now()));

        // when the response submitted while the link held is heard only now
        participants.answer(selam, "ti", 3, "housing");

        // then
        await().atMost(PATIENCE).until(() -> themed(selam));
        assertThat(heard.find(Borough.of("barnet"), selam.responseId()))
                .get()
                .satisfies(r -> assertThat(r.participantRef()).isNull());
    }

    @Test
    void aResponseGivenBeforeTheLinkWasWithdrawnStaysUnlinkedThoughTheLinkWasGrantedAgainSince() {
        // given the withdrawal and a new grant heard first, as a replay reads the consent topic ahead
        Person ruth = Person.in("barnet");
        consentToEverything(ruth);
        participants.withdraw(ruth, ruth.linkId(), ConsentPurpose.LINK_FEEDBACK);
        await().atMost(PATIENCE)
                .until(() -> ledger.ended(ruth.borough(), ruth.ref(), ConsentPurpose.LINK_FEEDBACK, Instant.now()));
        participants.grant(ruth, UUID.randomUUID(), ConsentPurpose.LINK_FEEDBACK);
        await().atMost(PATIENCE).until(() -> holds(ruth, ConsentPurpose.LINK_FEEDBACK));

        // when the response she gave three days ago, before she withdrew, is heard only now
        participants.answer(ruth, "ti", 3, "housing");

        // then the new grant does not take back the withdrawal
        await().atMost(PATIENCE).until(() -> themed(ruth));
        assertThat(heard.find(Borough.of("barnet"), ruth.responseId()))
                .get()
                .satisfies(r -> assertThat(r.participantRef()).isNull());
    }

    @Test
    void aResponseHeardAfterTheErasureIsKeptWithoutTheLink() {
        // given
        Person yonas = Person.in("barnet");
        consentToEverything(yonas);
        participants.erase(yonas);
        await().atMost(PATIENCE).until(() -> ledger.erased(yonas.borough(), yonas.ref()));

        // when
        participants.answer(yonas, "so", 4, "esol");

        // then
        await().atMost(PATIENCE).until(() -> themed(yonas));
        assertThat(heard.find(Borough.of("barnet"), yonas.responseId()))
                .get()
                .satisfies(r -> assertThat(r.participantRef()).isNull());
    }

    @Test
    void anAnonymousAnswerIsHeardAndThemedWithoutAPerson() {
        // given someone who gave no link to their answer
        Person amina = Person.in("barnet");

        // when
        participants.answerAnonymously(amina, "ar", 2, "housing");

        // then it is heard like any other, with nobody behind it
        await().atMost(PATIENCE).until(() -> themed(amina));
        assertThat(heard.find(Borough.of("barnet"), amina.responseId()))
                .get()
                .satisfies(r -> assertThat(r.participantRef()).isNull())
                .satisfies(r -> assertThat(r.themes()).containsExactly("housing"));
    }

    @Test
    void theBoardInArabicIsRightToLeftAndShowsWhatWasHeardAndDone() {
        // given a completed health action in Barnet with an Arabic statement
        ApiClient api = api("barnet");
        String id = raiseAndStart(api, "barnet", raise("health-access"));
        api.post(
                actions("barnet") + "/" + id + "/completion",
                completion("DONE", "A GP now visits the hotel every Tuesday", "يزور طبيب الفندق كل ثلاثاء"));

        // when anyone, with no token, reads the board in Arabic
        Response board = new ApiClient(port, null).get("/public/boroughs/barnet/you-said-we-did?lang=ar");

        // then
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.contentType()).startsWith("text/html");
        assertThat(board.body())
                .contains("lang=\"ar\"")
                .contains("dir=\"rtl\"")
                .contains("يزور طبيب الفندق كل ثلاثاء")
                .contains("قلتم", "ما فعلناه", "الوصول إلى الطبيب العام والخدمات الصحية")
                .doesNotContain("You said", "Access to GP and health services")
                .contains("العربية");
        assertThat(new ApiClient(port, null)
                        .get("/public/boroughs/barnet/you-said-we-did")
                        .body())
                .contains("dir=\"ltr\"")
                .contains("You said", "Access to GP and health services")
                .contains("A GP now visits the hotel every Tuesday");
        assertThat(new ApiClient(port, null)
                        .get("/public/govuk/govuk-frontend.min.css")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theBoardInEachLanguageItOffersIsInThatLanguageAndTheOtherScriptsHaveNoSeriousAccessibilityViolation() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given a completed action in Barnet, told in English and Arabic
        ApiClient api = api("barnet");
        String id = raiseAndStart(api, "barnet", raise("health-access"));
        api.post(
                actions("barnet") + "/" + id + "/completion",
                completion("DONE", "A GP now visits the hotel every Tuesday", "يزور طبيب الفندق كل ثلاثاء"));
        String board = "http://localhost:" + port + "/public/boroughs/barnet/you-said-we-did";

        try (Browser browser = Browser.phone()) {
            // when the board is read in English, then in each language it links to
            browser.driver.get(board);
            Accessibility.assertNoSeriousViolations(browser.driver);
            List<String> offered = browser.driver.findElements(By.cssSelector("nav a[hreflang]")).stream()
                    .map(link -> link.getAttribute("hreflang"))
                    .toList();
            assertThat(offered).contains("ar");
            for (String lang : offered) {
                browser.driver.get(board + "?lang=" + lang);

                // then each is in its language, and axe reads those of the other scripts and directions (the
                // rest of the four languages: PublicBoardLanguagesIntegrationTests)
                assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo(lang);
                if (List.of("ar", "ur", "ti", "zh-Hans", "bn").contains(lang)) {
                    Accessibility.assertNoSeriousViolations(browser.driver);
                }
            }
        }
    }

    @Test
    void theBoardOfABoroughThisInstanceDoesNotServeIsNotFound() {
        assertThat(new ApiClient(port, null)
                        .get("/public/boroughs/hackney/you-said-we-did")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aNewhamTokenCannotSeeBarnetActions() {
        // given
        String id = raiseAndStart(api("barnet"), "barnet", raise("esol"));
        ApiClient newham = api("newham");

        // when / then
        assertThat(newham.get(actions("barnet") + "/" + id).status()).isEqualTo(404);
        assertThat(newham.get(actions("barnet")).status()).isEqualTo(404);
        assertThat(newham.get(actions("newham") + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void writesNeedAServiceLeadOrOfficerRole() {
        // given
        String reader = TestTokens.sign(
                TestTokens.claims("newham-reader", "newham", List.of("viewer")).build());

        // when
        Response refused = new ApiClient(port, reader).post(actions("newham"), raise("food"));

        // then
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void anActionCanBeFollowedThroughItsNotesListedByStatusAndThemeAndLockedByVersion() {
        // given
        ApiClient api = api("newham");
        Response raised = api.post(actions("newham"), raise("move-on"));
        String id = raised.json().get("actionId").asString();

        // when
        Response noted = api.send(
                "POST",
                actions("newham") + "/" + id + "/notes",
                "application/json",
                note("Met the provider", "https://newham.gov.uk/minutes.pdf"),
                "If-Match",
                raised.header("ETag"));
        Response stale = api.send(
                "POST",
                actions("newham") + "/" + id + "/status",
                "application/json",
                status("AGREED"),
                "If-Match",
                raised.header("ETag"));

        // then
        assertThat(noted.status()).isEqualTo(200);
        assertThat(noted.header("ETag")).isEqualTo("\"1\"");
        assertThat(noted.json().get("notes").get(0).get("evidence").get(0).asString())
                .isEqualTo("https://newham.gov.uk/minutes.pdf");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(actions("newham") + "?status=PROPOSED&theme=move-on").json())
                .anySatisfy(a -> assertThat(a.get("actionId").asString()).isEqualTo(id));
        assertThat(api.get(actions("newham") + "?status=DONE&theme=move-on").json())
                .noneSatisfy(a -> assertThat(a.get("actionId").asString()).isEqualTo(id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("london.sanctuary.actions.BadInput#cases")
    void badInputIsRefusedNamingTheFieldAndChangesNothing(BadInput input) {
        // given
        ApiClient api = api("lambeth");
        String id = api.post(actions("lambeth"), raise("food"))
                .json()
                .get("actionId")
                .asString();

        // when
        Response answer = api.send(
                input.method(),
                input.path(id),
                input.body() == null ? null : "application/json",
                input.body(),
                input.headers());

        // then
        assertThat(answer.status()).as(answer.body()).isEqualTo(input.status());
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.json().get("field").asString()).isEqualTo(input.field());
        Response after = api.get(actions("lambeth") + "/" + id);
        assertThat(after.json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(after.header("ETag")).isEqualTo("\"0\"");
    }

    String raiseAndStart(ApiClient api, String borough, String body) {
        Response raised = api.post(actions(borough), body);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("actionId").asString();
        assertThat(api.post(actions(borough) + "/" + id + "/status", status("AGREED"))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(actions(borough) + "/" + id + "/status", status("IN_PROGRESS"))
                        .status())
                .isEqualTo(200);
        return id;
    }

    void consentToEverything(Person p) {
        participants.grant(p, p.recontactId(), ConsentPurpose.RECONTACT);
        participants.grant(p, p.linkId(), ConsentPurpose.LINK_FEEDBACK);
    }

    void awaitHeard(Person p, ConsentPurpose purpose) {
        await().atMost(PATIENCE).until(() -> holds(p, purpose) && linkedAndThemed(p));
    }

    boolean linkedAndThemed(Person p) {
        return heard.find(p.borough(), p.responseId())
                .filter(r -> p.ref().value().equals(r.participantRef())
                        && !r.themes().isEmpty()
                        && r.language() != null)
                .map(HeardResponse::responseId)
                .isPresent();
    }

    boolean themed(Person p) {
        return heard.find(p.borough(), p.responseId())
                .filter(r -> !r.themes().isEmpty() && r.language() != null)
                .isPresent();
    }

    boolean holds(Person p, ConsentPurpose purpose) {
        return ledger.holds(p.borough(), p.ref(), purpose, Instant.now());
    }

    Document notice(String borough, String actionId, Person p) {
        Document notice = stores.of(borough).findOne(byId(actionId, p), Document.class, "notices_sent");
        assertThat(notice).as("notice to the participant").isNotNull();
        return notice;
    }

    static Query byId(String actionId, Person p) {
        return Query.query(Criteria.where("_id").is(actionId + "/" + p.ref()));
    }

    static ConsumerRecord<String, byte[]> awaitRecord(RecordCapture capture, EventType type, String actionId) {
        return await().atMost(PATIENCE)
                .until(
                        () -> capture.records().stream()
                                .filter(r -> type.type().equals(RecordCapture.header(r, "ce_type"))
                                        && actionId.equals(r.key()))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    static List<ConsumerRecord<String, byte[]>> awaitFacts(RecordCapture capture, int atLeast) {
        return await().atMost(PATIENCE)
                .until(
                        () -> capture.records().stream()
                                .filter(r -> r.topic().equals(FACTS_TOPIC))
                                .filter(r -> String.valueOf(RecordCapture.header(r, "ce_type"))
                                                .startsWith("london.sanctuary.facts.action")
                                        || String.valueOf(RecordCapture.header(r, "ce_type"))
                                                .startsWith("london.sanctuary.facts.loop"))
                                .toList(),
                        list -> list.size() >= atLeast);
    }

    /** The person answers about repairs in Arabic; an action on it is done and they are told; the action's id. */
    private String toldOfRepairsInArabic(Person person, ApiClient api) {
        consentToEverything(person);
        participants.answer(person, "ar", 3, "housing-repairs");
        awaitHeard(person, ConsentPurpose.RECONTACT);
        String id = raiseAndStart(api, "newham", raise("housing-repairs", person.responseId()));
        api.post(actions("newham") + "/" + id + "/completion", completion("DONE", "Repairs in a week", "إصلاحات"));
        return id;
    }

    ApiClient api(String borough) {
        return new ApiClient(port, TestTokens.officer(borough));
    }

    String bootstrap() {
        return environment.getRequiredProperty("spring.kafka.bootstrap-servers");
    }
}
