package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.consent.link.LinkToken;
import london.sanctuary.consent.link.PersonalLink;
import london.sanctuary.consent.link.PersonalLinks;
import london.sanctuary.consent.participant.Erasure;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.InfrastructureInitializer;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * The personal link end to end on the real embedded store and broker: an officer issues it, the person opens their
 * page in their language, withdraws a purpose (which reaches the consent topic through the outbox like a staff
 * withdrawal) and stops the link; every token that does not open a page gets the same page; the token is kept only
 * as its hash and appears in no log line, event or audit entry.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = {"spring.config.name=consent", "sanctuary.consent.personal-link.requests=10000"})
class PersonalLinkIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");
    static final Borough BOROUGH = Borough.of("newham");

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    @Autowired
    PersonalLinks links;

    @Autowired
    Environment environment;

    @Autowired
    Erasure erasure;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void givenACardIssuedWhenThePersonOpensItThenTheirPageIsInArabicWithTheirConsentsAndTheTokenIsStoredOnlyHashed() {
        // given
        Person person = Person.unique();
        String ref = enrolInArabic(person, "PARTICIPATE", "RECONTACT");

        // when
        Answer issued = api.post(NEWHAM, link(ref), "{\"delivery\": \"card\"}");
        String address = issued.json().path("address").asText();
        String token = address.substring(address.lastIndexOf('/') + 1);
        PersonsPage phone = new PersonsPage(port);
        HttpResponse<String> opened = phone.open(address);
        HttpResponse<String> page = phone.get("/public/me");

        // then
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.header("Cache-Control")).contains("no-store");
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/public/me");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"ar\"", "dir=\"rtl\"", "موافقتك", "المشاركة في الجلسات", "التواصل معك")
                .doesNotContain(token, person.name(), person.phone(), person.email());
        Document stored = stores.of(BOROUGH).findById(new LinkToken(token).hash(), Document.class, "personal_links");
        assertThat(stored).isNotNull();
        assertThat(stored.toJson()).doesNotContain(token);
        assertThat(api.get(NEWHAM, link(ref)).json().has("address")).isFalse();
    }

    @Test
    void givenAnOpenedPageWhenThePersonWithdrawsAPurposeThenItIsRecordedAsTheirsAndReachesTheConsentTopic() {
        // given
        Person person = Person.unique();
        String ref = enrolInArabic(person, "PARTICIPATE", "SHARE_ON_MOVE");
        String token = card(ref);
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + token);

        try (LogCapture logs = LogCapture.open();
                RecordCapture capture =
                        new RecordCapture(environment.getRequiredProperty("spring.kafka.bootstrap-servers"))) {
            // when the person reads what withdrawing means, then confirms
            HttpResponse<String> explained = phone.get("/public/me/withdraw/SHARE_ON_MOVE");
            HttpResponse<String> withdrawn =
                    phone.postForm("/public/me/withdraw/SHARE_ON_MOVE", "/public/me/withdraw/SHARE_ON_MOVE");
            HttpResponse<String> after = phone.get("/public/me?withdrawn=SHARE_ON_MOVE");

            // then
            assertThat(explained.body()).contains("لن تُرسل بياناتك إلى منطقة أخرى");
            assertThat(withdrawn.statusCode()).isEqualTo(302);
            assertThat(after.body()).contains("سحبت موافقتك: مشاركة بياناتك إذا انتقلت");
            assertThat(holds(ref, "SHARE_ON_MOVE")).isFalse();
            List<Document> audited = AuditRecords.about(stores.of(BOROUGH), ref, "consent.withdrawn");
            assertThat(audited)
                    .singleElement()
                    .satisfies(entry -> assertThat(entry.getString("subject")).isEqualTo("personal-link"));
            await().atMost(Duration.ofSeconds(30)).until(() -> withdrawalOnTopic(capture, ref));
            assertThat(capture.records())
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .doesNotContain(token, person.name(), person.phone()));
            assertThat(logs.lines()).noneMatch(line -> line.contains(token) || line.contains(person.phone()));
        }
    }

    @Test
    void givenAFarsiReaderWhoNeverChoseALanguageWhenAFormOfTheirsIsRefusedThenThePageIsFarsiWhateverTheBrowserSays() {
        // given a person whose pages are in Farsi, opened in a browser asking for Arabic
        String ref = new LinkedPeople(api, NEWHAM).enrolIn("fa", Person.unique(), "RECONTACT");
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + card(ref));

        // when a form of theirs comes back without its token
        HttpResponse<String> refused = phone.post("/public/me/withdraw/RECONTACT", "_csrf=stale");

        // then the refusal is in the language their pages are in
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("lang=\"fa\"", "dir=\"rtl\"");
    }

    @Test
    void givenAPageWhenTheWithdrawalIsPostedWithoutItsCsrfTokenThenItIsRefusedAndNothingChanges() {
        // given
        String ref = enrolInArabic(Person.unique(), "RECONTACT");
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + card(ref));
        phone.get("/public/me/withdraw/RECONTACT");

        // when
        HttpResponse<String> forged = phone.post("/public/me/withdraw/RECONTACT", "_csrf=forged");

        // then
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(holds(ref, "RECONTACT")).isTrue();
    }

    @Test
    void givenTokensThatOpenNothingWhenEachIsFollowedThenEachGetsTheSameNotFoundPageNamingNoOne() {
        // given: unknown, malformed, expired, ended by staff, replaced by a newer link, and the person erased
        Person person = Person.unique();
        String ref = enrolInArabic(person, "PARTICIPATE");
        LinkToken expired = LinkToken.random();
        Instant past = Instant.now().minus(Duration.ofDays(100));
        links.save(new PersonalLink(
                expired.hash(), ParticipantRef.of(ref), BOROUGH, past, past.plus(Duration.ofDays(90)), null, null));
        String replaced = card(ref);
        String ended = card(ref);
        assertThat(api.delete(NEWHAM, link(ref)).status()).isEqualTo(204);
        String erasedRef = enrolInArabic(Person.unique(), "PARTICIPATE");
        String ofErased = card(erasedRef);
        assertThat(api.delete(NEWHAM, participant("newham", erasedRef)).status())
                .isEqualTo(204);
        LinkToken keptPastErasure = LinkToken.random(); // as if the erasure was cut short before it forgot the link
        links.save(new PersonalLink(
                keptPastErasure.hash(),
                ParticipantRef.of(erasedRef),
                BOROUGH,
                Instant.now(),
                Instant.now().plus(Duration.ofDays(90)),
                null,
                null));
        List<String> tokens = List.of(
                LinkToken.random().value(),
                "guess",
                expired.value(),
                replaced,
                ended,
                ofErased,
                keptPastErasure.value());

        // when
        List<HttpResponse<String>> answers = tokens.stream()
                .map(t -> new PersonsPage(port).get("/public/me/" + t))
                .toList();
        HttpResponse<String> noLinkAtAll = new PersonsPage(port).get("/public/me");

        // then
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo(noLinkAtAll.body()).doesNotContain(person.name());
        });
        assertThat(noLinkAtAll.statusCode()).isEqualTo(404);
        assertThat(noLinkAtAll.body()).contains("هذا الرابط لا يعمل");
        assertThat(stores.of(BOROUGH).findById(new LinkToken(ofErased).hash(), Document.class, "personal_links"))
                .isNull();
        // and the erasure sweep finishes what was cut short: the link kept past the erasure is forgotten
        erasure.sweep(List.of(BOROUGH));
        assertThat(stores.of(BOROUGH).findById(keptPastErasure.hash(), Document.class, "personal_links"))
                .isNull();
    }

    @Test
    void givenAnOpenedPageWhenThePersonStopsTheLinkThenNeitherTheLinkNorTheirSessionOpensTheirPageAgain() {
        // given
        String ref = enrolInArabic(Person.unique(), "PARTICIPATE");
        String token = card(ref);
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + token);

        // when
        HttpResponse<String> stopped = phone.postForm("/public/me", "/public/me/stop");

        // then
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(stopped.body()).contains("تم إيقاف هذا الرابط");
        assertThat(phone.get("/public/me").statusCode()).isEqualTo(404);
        assertThat(new PersonsPage(port).get("/public/me/" + token).statusCode())
                .isEqualTo(404);
        assertThat(api.get(NEWHAM, link(ref)).status()).isEqualTo(404);
        assertThat(AuditRecords.about(stores.of(BOROUGH), ref, "personal-link.ended"))
                .hasSize(1);
    }

    @Test
    void givenOnePersonsLinkWhenTheirPageOpensThenItShowsOnlyTheirConsentsNeverAnothersOrAnotherBoroughs() {
        // given
        String mine = enrolInArabic(Person.unique(), "PARTICIPATE");
        String theirs = enrolInArabic(Person.unique(), "PUBLISH_QUOTE");
        card(theirs);
        PersonsPage phone = new PersonsPage(port);

        // when
        phone.open("/public/me/" + card(mine));
        String page = phone.get("/public/me").body();

        // then
        assertThat(page).contains("المشاركة في الجلسات").doesNotContain("استخدام كلماتك");
        assertThat(api.get(TestTokens.officer("barnet"), "/api/boroughs/newham/participants/" + mine + "/personal-link")
                        .status())
                .isIn(403, 404);
    }

    @Test
    void givenNoRecontactWhenAnOfficerTextsTheLinkThenItIsRefusedNamingDeliveryAndWithItTheNumberIsNeverLogged() {
        // given
        Person person = Person.unique();
        String silent = enrolInArabic(person, "PARTICIPATE");
        String contactable = enrolInArabic(person, "RECONTACT");

        try (LogCapture logs = LogCapture.open()) {
            // when
            Answer refused = api.post(NEWHAM, link(silent), "{\"delivery\": \"text\"}");
            Answer texted = api.post(NEWHAM, link(contactable), "{\"delivery\": \"text\"}");
            Answer wrong = api.post(NEWHAM, link(contactable), "{\"delivery\": \"pigeon\"}");

            // then
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().path("field").asText()).isEqualTo("delivery");
            assertThat(texted.status()).isEqualTo(201);
            assertThat(texted.json().has("address")).isFalse();
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.json().path("field").asText()).isEqualTo("delivery");
            assertThat(logs.lines()).anyMatch(l -> l.contains("recorded, not texted"));
            assertThat(logs.lines()).noneMatch(l -> l.contains(person.phone()) || l.contains("/public/me/"));
        }
    }

    @Test
    void givenAnArabicSpeakerOnAPhoneWhenTheyOpenTheirLinkAndWithdrawAPurposeThenEachPageIsArabicAndPassesAxe() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given
        String ref = enrolInArabic(Person.unique(), "PARTICIPATE", "RECONTACT");
        String address = "http://localhost:" + port + "/public/me/" + card(ref);

        try (Browser browser = Browser.phone(new Dimension(390, 844), "--lang=ar")) {
            WebDriver page = browser.driver;

            // when they open the link
            page.get(address);

            // then their page, in Arabic, right to left, without the token in the address
            assertThat(page.getCurrentUrl()).endsWith("/public/me");
            assertInArabic(page);
            assertThat(page.findElement(By.id("held-RECONTACT")).getText()).contains("التواصل معك");

            // when they take back being contacted, reading what it means first
            page.findElement(By.id("withdraw-RECONTACT")).click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !page.findElements(By.id("confirm")).isEmpty());
            assertInArabic(page);
            page.findElement(By.id("confirm")).click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !page.findElements(By.className("govuk-notification-banner"))
                            .isEmpty());

            // then
            assertInArabic(page);
            assertThat(page.findElements(By.id("held-RECONTACT"))).isEmpty();
            assertThat(page.findElements(By.id("held-PARTICIPATE"))).hasSize(1);
        }
        assertThat(holds(ref, "RECONTACT")).isFalse();
    }

    private static void assertInArabic(WebDriver page) {
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(page.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void givenSomeoneWhoLostTheirLinkWhenTheyTypeTheirNumberThenANewOneIsTextedAndAnyNumberGetsTheSameAnswer() {
        // given a person who agreed to be contacted, with a number no one else here has
        String number = "0770" + String.format("%07d", (long) (Math.random() * 10_000_000));
        Person person = new Person(Person.unique().name(), number, null);
        String ref = enrolInArabic(person, "RECONTACT");
        String old = card(ref);
        PersonsPage phone = new PersonsPage(port);
        String form = phone.get("/public/me/lost").body();

        try (LogCapture logs = LogCapture.open()) {
            // when they type their number, then someone types a number nobody has, then something not a number
            HttpResponse<String> theirs = phone.post("/public/me/lost", lost(form, number));
            HttpResponse<String> nobodys = phone.post("/public/me/lost", lost(form, "020 7946 0999"));
            HttpResponse<String> notANumber = phone.post("/public/me/lost", lost(form, "my name"));

            // then the same answer for both numbers, and the form again naming the field for the other
            assertThat(theirs.statusCode()).isEqualTo(200);
            assertThat(theirs.body()).contains("تحقق من هاتفك").isEqualTo(nobodys.body());
            assertThat(notANumber.statusCode()).isEqualTo(400);
            assertThat(notANumber.body()).contains("govuk-error-summary", "href=\"#phone\"", "أدخل رقم هاتف محمول");
            // and a new link went out (recorded, Notify not configured here), which ended the old one
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> new PersonsPage(port).get("/public/me/" + old).statusCode() == 404);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> logs.lines().stream().anyMatch(l -> l.contains("recorded, not texted")));
            assertThat(logs.lines()).noneMatch(l -> l.contains(number) || l.contains("7946"));
        }
    }

    @Test
    void givenAnOpenedPageWhenThePersonAsksForANewLinkByTextThenTheOldOneEndsAndTheirPageKeepsWorking() {
        // given
        String ref = enrolInArabic(Person.unique(), "RECONTACT");
        String old = card(ref);
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + old);
        assertThat(phone.get("/public/me").body()).contains("id=\"resend\"");

        // when
        HttpResponse<String> resent = phone.postForm("/public/me", "/public/me/resend");

        // then
        assertThat(resent.statusCode()).isEqualTo(302);
        HttpResponse<String> page = phone.get("/public/me?resent");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("رابط جديد في طريقه إلى هاتفك");
        assertThat(new PersonsPage(port).get("/public/me/" + old).statusCode()).isEqualTo(404);
        assertThat(AuditRecords.about(stores.of(BOROUGH), ref, "personal-link.texted"))
                .hasSize(1);
    }

    @Test
    void givenTwoReplicasWhenThePersonOpensTheirLinkOnOneThenTheyReadAndWithdrawOnTheOtherWithNoServerSession() {
        // given a second replica on the same broker and store, and a page opened on this one
        String ref = enrolInArabic(Person.unique(), "PARTICIPATE", "SHARE_ON_MOVE");
        try (ConfigurableApplicationContext other = secondReplica()) {
            PersonsPage here = new PersonsPage(port);
            PersonsPage there = here.on(portOf(other));
            here.open("/public/me/" + card(ref));
            String form = here.get("/public/me/withdraw/SHARE_ON_MOVE").body();

            // when the next requests land on the other replica, the form's post with this replica's token too
            HttpResponse<String> page = there.get("/public/me");
            HttpResponse<String> withdrawn = there.post(
                    "/public/me/withdraw/SHARE_ON_MOVE",
                    "_csrf=" + URLEncoder.encode(PersonsPage.csrfOf(form), StandardCharsets.UTF_8));

            // then
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("موافقتك");
            assertThat(withdrawn.statusCode()).isEqualTo(302);
            assertThat(holds(ref, "SHARE_ON_MOVE")).isFalse();
            assertThat(here.cookieNames()).doesNotContain("JSESSIONID").contains("sanctuary-me");
        }
    }

    @Test
    void givenAPageOpenOnTwoReplicasWhenTheLinkIsEndedThroughOneThenNeitherShowsThePageAgain() {
        // given
        String ref = enrolInArabic(Person.unique(), "PARTICIPATE");
        try (ConfigurableApplicationContext other = secondReplica()) {
            PersonsPage here = new PersonsPage(port);
            PersonsPage there = here.on(portOf(other));
            here.open("/public/me/" + card(ref));
            PersonsPage staffEnded = new PersonsPage(port);
            staffEnded.open("/public/me/" + card(ref)); // a new link ends the first
            assertThat(there.get("/public/me").statusCode()).isEqualTo(404);
            assertThat(staffEnded.on(portOf(other)).get("/public/me").statusCode())
                    .isEqualTo(200);

            // when staff end the link through the other replica's API
            assertThat(new ConsentApi(portOf(other)).delete(NEWHAM, link(ref)).status())
                    .isEqualTo(204);

            // then the page is gone on both at once
            assertThat(staffEnded.get("/public/me").statusCode()).isEqualTo(404);
            assertThat(staffEnded.on(portOf(other)).get("/public/me").statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void givenAPageWhenItsCookieIsAlteredOrCarriedToAnotherBrowserWithoutTheFormTokenThenNothingOpensOrChanges() {
        // given
        String ref = enrolInArabic(Person.unique(), "RECONTACT");
        PersonsPage phone = new PersonsPage(port);
        phone.open("/public/me/" + card(ref));
        String form = phone.get("/public/me/withdraw/RECONTACT").body();

        // when the form token is posted from a browser without the form cookie (a forged cross-site post)
        PersonsPage elsewhere = new PersonsPage(port);
        HttpResponse<String> forged = elsewhere.post(
                "/public/me/withdraw/RECONTACT",
                "_csrf=" + URLEncoder.encode(PersonsPage.csrfOf(form), StandardCharsets.UTF_8));

        // then
        assertThat(forged.statusCode()).isIn(403, 404);
        assertThat(holds(ref, "RECONTACT")).isTrue();
    }

    @Test
    void givenSomeoneTypingOneNumberAgainAndAgainWhenTheLimitIsReachedThenNoMoreTextsGoOutAndTheAnswerStaysTheSame() {
        // given a person who agreed to be contacted, with a number no one else here has
        String number = "0771" + String.format("%07d", (long) (Math.random() * 10_000_000));
        String ref = enrolInArabic(new Person(Person.unique().name(), number, null), "RECONTACT");
        PersonsPage phone = new PersonsPage(port);
        String form = phone.get("/public/me/lost").body();

        try (LogCapture logs = LogCapture.open()) {
            // when the number is typed more often than the limit (3 a day)
            List<HttpResponse<String>> answers = java.util.stream.IntStream.range(0, 6)
                    .mapToObj(i -> phone.post("/public/me/lost", lost(form, number)))
                    .toList();

            // then the same answer each time, three texts and no more
            assertThat(answers).allSatisfy(answer -> {
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo(answers.get(0).body());
            });
            await().atMost(Duration.ofSeconds(20)).until(() -> linksOf(ref) >= 3);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> linksOf(ref) == 3);
            assertThat(logs.lines()).noneMatch(l -> l.contains(number));
        }
    }

    private boolean holds(String ref, String purpose) {
        return api.get(NEWHAM, participant("newham", ref) + "/consents/" + purpose)
                .json()
                .path("holds")
                .asBoolean();
    }

    /** How many links the person was ever issued (each text issues one). */
    private long linksOf(String ref) {
        return stores.of(BOROUGH)
                .count(
                        org.springframework.data.mongodb.core.query.Query.query(
                                org.springframework.data.mongodb.core.query.Criteria.where("participantRef")
                                        .is(ref)),
                        "personal_links");
    }

    /** Another replica of this service: the same broker, store, keyring and page key, its own port. */
    private ConfigurableApplicationContext secondReplica() {
        return new SpringApplicationBuilder(ConsentApplication.class)
                .initializers(new InfrastructureInitializer())
                .run(
                        "--spring.config.name=consent",
                        "--server.port=0",
                        "--sanctuary.boroughs=newham,barnet,lambeth",
                        "--sanctuary.consent.personal-link.requests=10000");
    }

    private static int portOf(ConfigurableApplicationContext replica) {
        return replica.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static String lost(String form, String number) {
        return "_csrf=" + URLEncoder.encode(PersonsPage.csrfOf(form), StandardCharsets.UTF_8) + "&phone="
                + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    private boolean withdrawalOnTopic(RecordCapture capture, String ref) {
        return capture.records().stream()
                .filter(r -> r.topic().equals("sanctuary.newham.consent.v1"))
                .filter(r -> ref.equals(r.key()))
                .map(r -> RecordCapture.header(r, "ce_type"))
                .anyMatch(type -> type != null && type.contains("consent-withdrawn"));
    }

    private String enrolInArabic(Person person, String... purposes) {
        return new LinkedPeople(api, NEWHAM).enrolInArabic(person, purposes);
    }

    private String card(String ref) {
        return new LinkedPeople(api, NEWHAM).card(ref);
    }

    private static String link(String ref) {
        return LinkedPeople.link(ref);
    }
}
