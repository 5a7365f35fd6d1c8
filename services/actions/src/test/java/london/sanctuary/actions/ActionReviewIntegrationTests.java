package london.sanctuary.actions;

import static london.sanctuary.actions.ActionRequests.actions;
import static london.sanctuary.actions.ActionRequests.completion;
import static london.sanctuary.actions.ActionRequests.raise;
import static london.sanctuary.actions.ActionRequests.status;
import static london.sanctuary.actions.ActionsIntegrationTests.awaitRecord;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import london.sanctuary.contracts.EventType;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

/** Reviews after completion for real: HTTP, the store, and the events on the broker. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=actions")
class ActionReviewIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    BoroughStores stores;

    @Test
    void aCompletedActionIsDueForReviewAndReopeningItIsPublishedAndKeptInItsHistory() {
        try (RecordCapture capture =
                new RecordCapture(environment.getRequiredProperty("spring.kafka.bootstrap-servers"))) {
            // given a welcome pack action completed with the default review date, which has since come
            ApiClient api = api();
            String id = completed(api, null);
            LocalDate sixMonthsOn =
                    LocalDate.parse(api.get(path(id)).json().get("reviewOn").asString());
            assertThat(sixMonthsOn).isAfter(LocalDate.now().plusMonths(5));
            assertThat(dueIds(api)).doesNotContain(id);
            stores.of(london.sanctuary.contracts.Borough.of("barnet"))
                    .updateFirst(
                            Query.query(Criteria.where("_id").is(id)),
                            Update.update(
                                    "reviewOn", LocalDate.now().minusDays(1).toString()),
                            "actions");
            assertThat(dueIds(api)).contains(id);

            // when it is reviewed and reopened
            Response reopened = api.post(
                    path(id) + "/review", "{\"outcome\": \"REOPEN\", \"note\": \"The Tigrinya pack ran out\"}");

            // then it is in progress again, no longer due, with the review in its history and events published
            assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
            assertThat(reopened.json().get("status").asString()).isEqualTo("IN_PROGRESS");
            assertThat(reopened.json().get("reviews").get(0).get("outcome").asString())
                    .isEqualTo("REOPEN");
            assertThat(reopened.json().get("reviews").get(0).get("note").asString())
                    .isEqualTo("The Tigrinya pack ran out");
            assertThat(dueIds(api)).doesNotContain(id);
            assertThat(RecordCapture.everythingIn(awaitRecord(capture, EventType.ACTION_REVIEWED, id)))
                    .contains("\"outcome\":\"REOPEN\"")
                    .doesNotContain("Tigrinya pack");
        }
    }

    @Test
    void aResultThatStillHoldsKeepsItDoneUntilTheChosenDate() {
        // given
        ApiClient api = api();
        String id = completed(api, LocalDate.now().plusMonths(2));
        LocalDate next = LocalDate.now().plusMonths(9);

        // when
        Response held =
                api.post(path(id) + "/review", "{\"outcome\": \"STILL_HOLDS\", \"nextReviewOn\": \"" + next + "\"}");

        // then
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("status").asString()).isEqualTo("DONE");
        assertThat(held.json().get("reviewOn").asString()).isEqualTo(next.toString());
    }

    @Test
    void anInvalidReviewIsRefusedNamingTheFieldAndChangesNothing() {
        // given
        ApiClient api = api();
        String id = completed(api, null);
        String open = api.post(actions("barnet"), raise("food"))
                .json()
                .get("actionId")
                .asString();

        // when
        Response noNote = api.post(path(id) + "/review", "{\"outcome\": \"REOPEN\"}");
        Response past =
                api.post(path(id) + "/review", "{\"outcome\": \"STILL_HOLDS\", \"nextReviewOn\": \"2020-01-01\"}");
        Response notEnded = api.post(path(open) + "/review", "{\"outcome\": \"STILL_HOLDS\"}");
        Response noOutcome = api.post(path(id) + "/review", "{\"note\": \"x\"}");

        // then
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.json().get("field").asString()).isEqualTo("note");
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.json().get("field").asString()).isEqualTo("nextReviewOn");
        assertThat(notEnded.status()).isEqualTo(422);
        assertThat(notEnded.json().get("field").asString()).isEqualTo("status");
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.json().get("field").asString()).isEqualTo("outcome");
        assertThat(api.get(path(id)).json().get("status").asString()).isEqualTo("DONE");
        assertThat(api.get(path(id)).header("ETag")).isEqualTo("\"3\"");
    }

    String completed(ApiClient api, LocalDate reviewOn) {
        String id = api.post(actions("barnet"), raise("food"))
                .json()
                .get("actionId")
                .asString();
        api.post(path(id) + "/status", status("AGREED"));
        String body = completion("DONE", "We printed the welcome pack", "طبعنا دليل الترحيب");
        if (reviewOn != null) {
            body = body.substring(0, body.lastIndexOf('}')) + ", \"reviewOn\": \"" + reviewOn + "\"}";
        }
        Response done = api.post(path(id) + "/completion", body);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        return id;
    }

    static java.util.List<String> dueIds(ApiClient api) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        api.get(actions("barnet") + "?reviewDue=true")
                .json()
                .forEach(a -> ids.add(a.get("actionId").asString()));
        return ids;
    }

    static String path(String id) {
        return actions("barnet") + "/" + id;
    }

    ApiClient api() {
        return new ApiClient(port, TestTokens.officer("barnet"));
    }
}
