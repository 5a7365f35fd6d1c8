package london.sanctuary.referrals;

import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.outgoing;
import static london.sanctuary.referrals.ReferralRequests.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.referrals.ReferralRequests.Person;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** FindReferralsOfParticipant: a person's referrals as each borough's own records hold them, for subject access. */
class ParticipantReferralsIntegrationTests extends ReferralsServiceTest {

    @Test
    void theSenderListsTheReferralItSentAndTheReceiverTheOneItReceivedWithoutThePackageAndTheReadIsAudited() {
        // given Newham referred Amina to Barnet, and Barnet has it in its inbox
        Person amina = movable("newham");
        UUID id = UUID.randomUUID();
        Response sent = api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");

        // when an officer of each borough asks for her referrals
        Response atNewham = staff("newham", "Noor Officer").get(ofPerson("newham", amina.ref()));
        Response atBarnet = staff("barnet", "Bea Officer").get(ofPerson("barnet", amina.ref()));

        // then Newham's shows it sent, Barnet's that it received, each from the borough's own record
        assertThat(atNewham.status()).as(atNewham.body()).isEqualTo(200);
        assertThat(atNewham.json().path("participantRef").asString())
                .isEqualTo(amina.ref().toString());
        var newhams = atNewham.json().path("referrals").get(0);
        assertThat(newhams.path("referralId").asString()).isEqualTo(id.toString());
        assertThat(newhams.path("side").asString()).isEqualTo("OUTGOING");
        assertThat(newhams.path("toBorough").asString()).isEqualTo("barnet");
        assertThat(newhams.path("reason").asString()).isNotBlank();
        assertThat(newhams.path("sentAt").asString()).isNotBlank();
        assertThat(atNewham.json().path("referrals").size()).isOne();
        assertThat(atBarnet.status()).as(atBarnet.body()).isEqualTo(200);
        var barnets = atBarnet.json().path("referrals").get(0);
        assertThat(barnets.path("side").asString()).isEqualTo("INCOMING");
        assertThat(barnets.path("fromBorough").asString()).isEqualTo("newham");
        assertThat(barnets.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(List.of(atNewham.body(), atBarnet.body()))
                .allSatisfy(body -> assertThat(body).doesNotContain(amina.name(), amina.phone(), "ESOL Entry 2"));
        // and each read is in that borough's audit trail, by name, with nothing personal
        assertThat(AuditRecords.about(stores.of("newham"), amina.ref().toString(), "referrals.read"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getString("name")).isEqualTo("Noor Officer"));
        assertThat(AuditRecords.about(stores.of("barnet"), amina.ref().toString(), "referrals.read"))
                .singleElement()
                .extracting(Document::toJson)
                .satisfies(json -> assertThat(json).doesNotContain(amina.name(), amina.phone()));
    }

    @Test
    void anotherBoroughsTokenFindsNothingAndAPersonNeverReferredHasAnEmptyList() {
        // given Newham referred Amina to Barnet
        Person amina = movable("newham");
        UUID id = UUID.randomUUID();
        api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
        awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");

        // when Lambeth asks for Newham's records of her, its own records of her, and Newham for someone unknown
        Response lambethAtNewham = staff("lambeth", "Lia Officer").get(ofPerson("newham", amina.ref()));
        Response lambethsOwn = staff("lambeth", "Lia Officer").get(ofPerson("lambeth", amina.ref()));
        Response unknown = staff("newham", "Noor Officer").get(ofPerson("newham", UUID.randomUUID()));
        Response noRole = new ApiClient(
                        port, AuditRecords.staffToken("newham.analyst", "Ann Analyst", "newham", List.of("analyst")))
                .get(ofPerson("newham", amina.ref()));

        // then another borough's records are not found, as everywhere in the service, and a role without the right is
        // refused
        assertThat(lambethAtNewham.status()).as(lambethAtNewham.body()).isEqualTo(404);
        assertThat(lambethAtNewham.isProblem()).isTrue();
        assertThat(lambethsOwn.status()).isEqualTo(200);
        assertThat(lambethsOwn.json().path("referrals").size()).isZero();
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().path("referrals").size()).isZero();
        assertThat(noRole.status()).isEqualTo(403);
    }

    @Test
    void thePersonsOwnPageReadsTheirReferralsWithTheServiceTokenAloneAndTheReadIsAuditedAsForThemselves() {
        // given Newham referred Amina to Barnet
        Person amina = movable("newham");
        UUID id = UUID.randomUUID();
        api("newham").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
        String own = "/api/boroughs/newham/personal/" + amina.ref() + "/referrals";

        // when the consent service asks for her page, and an officer and Barnet's service try the same
        Response theirs = service("newham").get(own);
        Response officer = staff("newham", "Noor Officer").get(own);
        Response barnet = service("barnet").get(own);

        // then only Newham's service reads it, as the staff read answers it, and the read is hers
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        assertThat(theirs.json().path("referrals").get(0).path("referralId").asString())
                .isEqualTo(id.toString());
        assertThat(theirs.body()).doesNotContain(amina.name(), "ESOL Entry 2");
        assertThat(officer.status()).isEqualTo(403);
        assertThat(barnet.status()).isEqualTo(404);
        assertThat(AuditRecords.about(stores.of("newham"), amina.ref().toString(), "referrals.read.self"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("subject")).isEqualTo("consent");
                    assertThat(entry.toJson()).doesNotContain(amina.name(), amina.phone());
                });
    }

    ApiClient service(String borough) {
        return new ApiClient(
                port,
                TestTokens.sign(TestTokens.claims("consent", borough, List.of("service"))
                        .build()));
    }

    static String ofPerson(String borough, UUID ref) {
        return "/api/boroughs/" + borough + "/participants/" + ref + "/referrals";
    }

    ApiClient staff(String borough, String name) {
        return new ApiClient(
                port, AuditRecords.staffToken(borough + ".officer", name, borough, List.of("officer", "service-lead")));
    }
}
