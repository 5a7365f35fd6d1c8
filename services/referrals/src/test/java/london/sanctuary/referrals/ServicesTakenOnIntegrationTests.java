package london.sanctuary.referrals;

import static london.sanctuary.referrals.ReferralRequests.handovers;
import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.outgoing;
import static london.sanctuary.referrals.ReferralRequests.send;
import static london.sanctuary.referrals.ReferralRequests.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.platform.test.RecordCapture;
import london.sanctuary.referrals.ReferralRequests.Person;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The sending borough learns which directory service took the person on (decision 0045): Barnet hands an item to a
 * service of its directory, the exchange says only that it did, and Newham's referrals service asks Barnet's, point
 * to point, as Newham's service client; Newham's copy then shows the service and its public contact, until erasure.
 */
class ServicesTakenOnIntegrationTests extends ReferralsServiceTest {

    static final String COLLEGE = "Barnet and Southgate College ESOL";

    @Test
    void newhamsSentReferralShowsTheServiceBarnetHandedHerOnToAndNoEventOrLogSaysWhich() {
        try (RecordCapture capture = new RecordCapture(bootstrap());
                LogCapture logs = LogCapture.open()) {
            // given Newham referred Amina to Barnet, which accepted
            Person amina = movable("newham");
            UUID id = acceptedByBarnet(amina);

            // when Barnet hands her ESOL item to its college
            Response picked = api("barnet")
                    .post(
                            incoming("barnet") + "/" + id + "/pickups",
                            "{\"item\": 0, \"localService\": \"barnet-esol\"}");
            assertThat(picked.status()).as(picked.body()).isEqualTo(200);

            // then Newham's sent copy shows the college, its organisation and public contact, under Newham's own kind
            JsonNode taken = awaitTakenOn("newham", id, 0);
            assertThat(taken.path("kind").asString()).isEqualTo("ESOL");
            assertThat(taken.path("fromDirectory").asBoolean()).isTrue();
            assertThat(taken.path("service").asString()).isEqualTo(COLLEGE);
            assertThat(taken.path("organisation").asString()).isEqualTo("Barnet and Southgate College");
            assertThat(taken.path("url").asString()).isEqualTo("https://www.example.org/barnet/esol");
            assertThat(taken.path("phone").asString()).isEqualTo("020 8266 4000");

            // and neither the retained exchange nor a log line named the service or the person
            await().atMost(PATIENCE)
                    .until(() -> capture.records().stream()
                            .anyMatch(r -> id.toString().equals(r.key())
                                    && RecordCapture.everythingIn(r).contains("referral-support-picked-up")));
            assertThat(capture.records())
                    .filteredOn(r -> id.toString().equals(r.key()))
                    .allSatisfy(r -> assertThat(RecordCapture.everythingIn(r))
                            .doesNotContain(COLLEGE, "barnet-esol", "020 8266 4000", amina.name()));
            assertThat(String.join("\n", logs.lines())).doesNotContain(COLLEGE, amina.name(), amina.phone());
        }
    }

    @Test
    void onlyTheSendingBoroughsReferralsServiceIsToldAndAnyoneElseGets404() {
        // given a referral from Newham that Barnet accepted and handed over
        Person amina = movable("newham");
        UUID id = acceptedByBarnet(amina);
        api("barnet")
                .post(incoming("barnet") + "/" + id + "/pickups", "{\"item\": 0, \"localService\": \"barnet-esol\"}");

        // when Newham's, Lambeth's and Barnet's own service clients, an officer, and a wrong path ask
        Response newham = api("newham").as(service("newham")).get(handovers("barnet", id));
        Response lambeth = api("lambeth").as(service("lambeth")).get(handovers("barnet", id));
        Response barnet = api("barnet").as(service("barnet")).get(handovers("barnet", id));
        Response officer = api("newham").get(handovers("barnet", id));
        Response elsewhere = api("newham").as(service("newham")).get(handovers("enfield", id));
        Response unknown = api("newham").as(service("newham")).get(handovers("barnet", UUID.randomUUID()));

        // then only Newham is told, the college with its contact; the others learn nothing, not even that it exists
        assertThat(newham.status()).as(newham.body()).isEqualTo(200);
        assertThat(newham.json().path("handovers").get(0).path("serviceId").asString())
                .isEqualTo("barnet-esol");
        assertThat(newham.json().path("handovers").get(0).path("phone").asString())
                .isEqualTo("020 8266 4000");
        assertThat(List.of(lambeth, barnet, elsewhere, unknown)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.body()).doesNotContain(COLLEGE);
        });
        assertThat(officer.status()).isEqualTo(403);
    }

    @Test
    void afterHerErasureNewhamsCopyNoLongerHoldsTheService() {
        // given Newham's copy learnt that Barnet's college took Amina on
        Person amina = movable("newham");
        UUID id = acceptedByBarnet(amina);
        api("barnet")
                .post(incoming("barnet") + "/" + id + "/pickups", "{\"item\": 0, \"localService\": \"barnet-esol\"}");
        awaitTakenOn("newham", id, 0);

        // when she is erased at Newham
        events.erase("newham", amina.ref());

        // then Newham's copy keeps only what the exchange said (the item, its kind, from the directory), no service
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode read = api("newham").get(outgoing("newham") + "/" + id).json();
            assertThat(read.path("participantRef").isNull()).isTrue();
            JsonNode taken = read.path("takenOnBy").get(0);
            assertThat(taken.path("fromDirectory").asBoolean()).isTrue();
            assertThat(taken.path("serviceId").isNull()).isTrue();
            assertThat(taken.path("service").isNull()).isTrue();
            assertThat(taken.path("phone").isNull()).isTrue();
        });
        Document stored = stores.of("newham").findById(id.toString(), Document.class, "referrals");
        assertThat(stored.toJson()).doesNotContain(COLLEGE, "barnet-esol", "020 8266 4000");
    }

    @Test
    void aReceivingBoroughThatIsDownIsAskedAgainUntilItAnswersSoNothingIsLost() {
        // given Newham referred Amina to Lambeth, which accepted; Lambeth's referrals service is then down for Newham
        Person amina = movable("newham");
        UUID id = UUID.randomUUID();
        api("newham").post(outgoing("newham"), send(id, amina.ref(), "lambeth"));
        awaitStatus("lambeth", incoming("lambeth") + "/" + id, "RECEIVED");
        Response accepted = api("lambeth").post(incoming("lambeth") + "/" + id + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String serviceId = accepted.json()
                .path("support")
                .get(0)
                .path("services")
                .get(0)
                .path("id")
                .asString();
        NEIGHBOURS.senderDown(true);
        int asked = NEIGHBOURS.handoverCalls();

        // when Lambeth hands her ESOL over while it cannot be reached, and later comes back
        api("lambeth")
                .post(
                        incoming("lambeth") + "/" + id + "/pickups",
                        "{\"item\": 0, \"localService\": \"" + serviceId + "\"}");
        await().atMost(PATIENCE).until(() -> NEIGHBOURS.handoverCalls() > asked + 3);
        JsonNode whileDown =
                api("newham").get(outgoing("newham") + "/" + id).json().path("takenOnBy");
        NEIGHBOURS.senderDown(false);

        // then Newham knew only "a service of Lambeth's directory" meanwhile, and learns which once Lambeth answers
        assertThat(whileDown.get(0).path("fromDirectory").asBoolean()).isTrue();
        assertThat(whileDown.get(0).path("serviceId").isNull()).isTrue();
        assertThat(awaitTakenOn("newham", id, 0).path("serviceId").asString()).isEqualTo(serviceId);
    }

    /** Once the sender's copy names the service that took item {@code item} on: that entry of {@code takenOnBy}. */
    private JsonNode awaitTakenOn(String borough, UUID id, int item) {
        return await().atMost(PATIENCE)
                .until(
                        () -> {
                            for (JsonNode t : api(borough)
                                    .get(outgoing(borough) + "/" + id)
                                    .json()
                                    .path("takenOnBy")) {
                                if (t.path("item").asInt() == item
                                        && !t.path("serviceId").isNull()) {
                                    return t;
                                }
                            }
                            return null;
                        },
                        t -> t != null);
    }
}
