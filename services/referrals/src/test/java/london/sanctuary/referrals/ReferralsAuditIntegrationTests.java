package london.sanctuary.referrals;

import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.outgoing;
import static london.sanctuary.referrals.ReferralRequests.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.referrals.ReferralRequests.Person;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Sending and accepting a referral are in each borough's audit trail, who did it by name, and nothing personal. */
class ReferralsAuditIntegrationTests extends ReferralsServiceTest {

    @Test
    void sendingAndAcceptingAReferralAreRecordedInEachBoroughWithWhoWhatWhenAndNothingPersonal() {
        // given Amina in Newham, sharing on move
        Person amina = movable("newham");
        UUID id = UUID.randomUUID();
        Instant before = Instant.now();

        // when Newham's move-on officer refers her to Barnet, and Barnet's accepts
        Response sent = staff("newham", "Noor Moveon").post(outgoing("newham"), send(id, amina.ref(), "barnet"));
        awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
        Response accepted = staff("barnet", "Bea Moveon").post(incoming("barnet") + "/" + id + "/acceptance", "");

        // then
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String ref = amina.ref().toString();
        assertThat(AuditRecords.about(stores.of("newham"), ref, "referral.sent"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("subject")).isEqualTo("newham.moveon");
                    assertThat(entry.getString("name")).isEqualTo("Noor Moveon");
                    assertThat(entry.getString("recordId")).isEqualTo(id.toString());
                    assertThat(entry.getDate("at").toInstant()).isBetween(before, Instant.now());
                });
        assertThat(AuditRecords.about(stores.of("barnet"), ref, "referral.accepted"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getString("subject")).isEqualTo("barnet.moveon");
                    assertThat(entry.getString("service")).isEqualTo("referrals");
                    assertThat(entry.getString("recordId")).isEqualTo(id.toString());
                });
        for (String borough : List.of("newham", "barnet")) {
            assertThat(AuditRecords.about(stores.of(borough), ref))
                    .extracting(Document::toJson)
                    .allSatisfy(json -> assertThat(json)
                            .doesNotContain(amina.name(), amina.phone(), "ESOL Entry 2", "female interpreter"));
        }
    }

    ApiClient staff(String borough, String name) {
        return new ApiClient(
                port,
                AuditRecords.staffToken(
                        borough + ".moveon", name, borough, List.of("officer", "service-lead", "move-on")));
    }
}
