package london.sanctuary.actions;

import static london.sanctuary.actions.ActionRequests.actions;
import static london.sanctuary.actions.ActionRequests.raise;
import static london.sanctuary.actions.ActionRequests.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.Participants.Person;
import london.sanctuary.actions.feedback.HeardFeedback;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/** Quotes on the public board for real: consent from the broker, the store, the page; and the attacker's view. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=actions")
class QuoteIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final List<String> EVERY_LANGUAGE = List.of("en", "ti", "ar", "fa", "uk", "xx");

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
        participants = new Participants(environment.getRequiredProperty("spring.kafka.bootstrap-servers"));
    }

    @AfterEach
    void disconnect() {
        participants.close();
    }

    @Test
    void aWithdrawnPublishQuoteTakesTheQuoteOffThePublicBoardInEveryLanguage() {
        // given Tirhas, linked and quotable, whose Tigrinya answer is quoted beside a completed action
        Person tirhas = Person.in("lambeth");
        UUID quoteConsent = UUID.randomUUID();
        participants.grant(tirhas, tirhas.linkId(), ConsentPurpose.LINK_FEEDBACK);
        participants.grant(tirhas, quoteConsent, ConsentPurpose.PUBLISH_QUOTE);
        participants.answer(tirhas, "ti", 4, "food");
        awaitQuotable(tirhas);
        String words = "ምግቢ ሓድሽ ኣይኮነን " + UUID.randomUUID();
        ApiClient api = new ApiClient(port, TestTokens.officer("lambeth"));
        String id = raised(api, tirhas);
        Response picked = api.post(path(id) + "/quotes", quote(tirhas.responseId(), words));
        assertThat(picked.status()).as(picked.body()).isEqualTo(201);
        complete(api, id);
        for (String lang : EVERY_LANGUAGE) {
            assertThat(board(lang)).as(lang).contains(words).contains("lang=\"ti\"");
        }
        assertThat(board("en")).contains("One person told us");

        // when she withdraws PUBLISH_QUOTE
        participants.withdraw(tirhas, quoteConsent, ConsentPurpose.PUBLISH_QUOTE);

        // then the quote is gone from the board in every language, and from the store, the action staying
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (String lang : EVERY_LANGUAGE) {
                assertThat(board(lang)).as(lang).doesNotContain(words).containsAnyOf("We buy fresh injera", "ሓድሽ እንጀራ");
            }
        });
        await().atMost(PATIENCE)
                .until(() -> stores.of(tirhas.borough())
                        .find(
                                Query.query(Criteria.where("participantRef")
                                        .is(tirhas.ref().toString())),
                                Document.class,
                                "quotes")
                        .isEmpty());
        assertThat(api.get(path(id) + "/quotes").json()).isEmpty();
    }

    @Test
    void aQuotePickedByMistakeComesOffTheBoardWhenStaffTakeItOffAndOnlyTheirBoroughsStaffCan() {
        // given Hamid's Tigrinya answer quoted beside a completed action
        Person hamid = Person.in("lambeth");
        participants.grant(hamid, hamid.linkId(), ConsentPurpose.LINK_FEEDBACK);
        participants.grant(hamid, UUID.randomUUID(), ConsentPurpose.PUBLISH_QUOTE);
        participants.answer(hamid, "ti", 3, "food");
        awaitQuotable(hamid);
        String words = "ምግቢ ዝሑል እዩ " + UUID.randomUUID();
        ApiClient api = new ApiClient(port, TestTokens.officer("lambeth"));
        String id = raised(api, hamid);
        assertThat(api.post(path(id) + "/quotes", quote(hamid.responseId(), words))
                        .status())
                .isEqualTo(201);
        complete(api, id);
        assertThat(board("en")).contains(words);
        String quote = path(id) + "/quotes/" + hamid.responseId();

        // when another borough's officer, then a guessed response, then Lambeth's officer take it off
        Response otherBorough = new ApiClient(port, TestTokens.officer("newham"))
                .send("DELETE", "/api/boroughs/newham/actions/" + id + "/quotes/" + hamid.responseId(), null, null);
        Response elsewhere = new ApiClient(port, TestTokens.officer("newham")).send("DELETE", quote, null, null);
        Response guessed = api.send("DELETE", path(id) + "/quotes/" + UUID.randomUUID(), null, null);
        Response notAnId = api.send("DELETE", path(id) + "/quotes/not-an-id", null, null);
        Response removed = api.send("DELETE", quote, null, null);
        Response again = api.send("DELETE", quote, null, null);

        // then only Lambeth's took it off, at once, and the rest were refused as if there were nothing to remove
        assertThat(otherBorough.status()).isEqualTo(404);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(removed.status()).as(removed.body()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(api.get(path(id) + "/quotes").json()).isEmpty();
        assertThat(board("en")).doesNotContain(words);
    }

    @Test
    void aQuoteFromSomeoneWhoHasNotAgreedToBeQuotedIsRefusedNamingTheResponse() {
        // given Samir, linked but not quotable
        Person samir = Person.in("lambeth");
        participants.grant(samir, samir.linkId(), ConsentPurpose.LINK_FEEDBACK);
        participants.answer(samir, "ar", 2, "food");
        await().atMost(PATIENCE)
                .until(() -> heard.find(samir.borough(), samir.responseId())
                        .filter(r -> r.participantRef() != null && !r.themes().isEmpty())
                        .isPresent());
        ApiClient api = new ApiClient(port, TestTokens.officer("lambeth"));
        String id = raised(api, samir);

        // when
        Response refused = api.post(path(id) + "/quotes", quote(samir.responseId(), "الطعام بارد"));

        // then
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("field").asString()).isEqualTo("responseId");
        assertThat(refused.body())
                .doesNotContain("الطعام بارد")
                .doesNotContain(samir.ref().toString());
        assertThat(api.get(path(id) + "/quotes").json()).isEmpty();
    }

    void awaitQuotable(Person p) {
        await().atMost(PATIENCE)
                .until(() -> ledger.holds(p.borough(), p.ref(), ConsentPurpose.PUBLISH_QUOTE, Instant.now())
                        && heard.find(p.borough(), p.responseId())
                                .filter(r -> p.ref().value().equals(r.participantRef())
                                        && !r.themes().isEmpty())
                                .isPresent());
    }

    String raised(ApiClient api, Person p) {
        Response raised = api.post(actions("lambeth"), raise("food", p.responseId()));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("actionId").asString();
        api.post(path(id) + "/status", status("AGREED"));
        return id;
    }

    void complete(ApiClient api, String id) {
        Response done = api.post(
                path(id) + "/completion",
                "{\"outcome\": \"DONE\", \"statement\": {\"en\": \"We buy fresh injera\", \"ti\": \"ሓድሽ እንጀራ\"}}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
    }

    String board(String lang) {
        return new ApiClient(port, null)
                .get("/public/boroughs/lambeth/you-said-we-did?lang=" + lang)
                .body();
    }

    static String quote(UUID responseId, String text) {
        return "{\"responseId\": \"" + responseId + "\", \"language\": \"ti\", \"text\": \"" + text + "\"}";
    }

    static String path(String id) {
        return actions("lambeth") + "/" + id;
    }
}
