package london.sanctuary.workspace.moveon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The adapter writes and reads the referrals service's outgoing JSON as the service has it ({@code ReferralView}). */
class ReferralsServiceOutgoingTests {

    static final String ID = "5d2c4f0e-1b7a-4c8e-9f3d-6a2b1c0d9e8f";
    static final String REF = "7b0f3c1e-8a51-4d36-9c3e-2f1f5a6b7c8d";
    static final String BASE = "http://referrals/api/boroughs/newham/referrals";
    static final String VIEW = """
            {"referralId": "%s", "side": "OUTGOING", "fromBorough": "newham", "toBorough": "barnet",
             "participantRef": "%s", "status": "%s", "reason": "DISPERSAL",
             "supportKinds": ["ESOL", "GP_REGISTRATION"], "moveDate": "2026-12-10",
             "sentAt": "2026-12-01T10:00:00Z", "respondBy": "2026-12-08T10:00:00Z", "overdue": false,
             "hoursLeft": 52, "decidedAt": null, "declineReason": null, "endedAt": null,
             "erasureNotice": null, "erasureReceipt": null,
             "takenOnBy": [{"item": 1, "kind": "GP_REGISTRATION", "serviceId": "barnet-gp",
                            "service": "GP Registration Support", "fromDirectory": true,
                            "organisation": "Barnet Federated GPs", "url": "https://www.example.org/barnet/gp",
                            "phone": "020 8359 2000"}]}""";

    MockRestServiceServer server;
    ReferralsServiceOutgoing referrals;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://referrals");
        server = MockRestServiceServer.bindTo(builder).build();
        RestClient client = builder.build();
        referrals = new ReferralsServiceOutgoing(() -> client);
    }

    @Test
    void aSendPostsTheDraftAsTheApiNamesItsFieldsAndReadsTheVersion() {
        // given
        ReferralDraft draft = new ReferralDraft(
                ID,
                REF,
                "barnet",
                "DISPERSAL",
                "2026-12-10",
                List.of(
                        new ReferralDraft.Support("ESOL", "Entry 2", "SOON"),
                        new ReferralDraft.Support("GP_REGISTRATION", "", "ROUTINE")),
                "");
        server.expect(requestTo(BASE))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("""
                        {"referralId": "%s", "participantRef": "%s", "toBorough": "barnet", "reason": "DISPERSAL",
                         "moveDate": "2026-12-10",
                         "support": [{"kind": "ESOL", "urgency": "SOON", "level": "Entry 2"},
                                     {"kind": "GP_REGISTRATION", "urgency": "ROUTINE"}]}""".formatted(ID, REF), org.springframework.test.json.JsonCompareMode.STRICT))
                .andRespond(withStatus(HttpStatus.CREATED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ETAG, "\"0\"")
                        .body(VIEW.formatted(ID, REF, "REQUESTED")));

        // when
        SentReferral sent = referrals.send("newham", draft);

        // then
        assertThat(sent.referralId()).isEqualTo(ID);
        assertThat(sent.toName()).isEqualTo("Barnet");
        assertThat(sent.undecided()).isTrue();
        server.verify();
    }

    @Test
    void theListAndAReferralAreReadWithTheirClockAndTheVersionACancellationSendsBack() {
        // given
        server.expect(requestTo(BASE + "?limit=100"))
                .andRespond(withSuccess("[" + VIEW.formatted(ID, REF, "RECEIVED") + "]", MediaType.APPLICATION_JSON));
        server.expect(requestTo(BASE + "/" + ID))
                .andRespond(withSuccess(VIEW.formatted(ID, REF, "RECEIVED"), MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ETAG, "\"4\""));
        server.expect(requestTo(BASE + "/" + ID + "/cancellation"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header(HttpHeaders.IF_MATCH, "\"4\""))
                .andRespond(withSuccess(VIEW.formatted(ID, REF, "CANCELLED"), MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ETAG, "\"5\""));

        // when
        List<SentReferral> list = referrals.sent("newham");
        SentReferral one = referrals.find("newham", ID);
        SentReferral cancelled = referrals.cancel("newham", ID, one.version());

        // then
        assertThat(list).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("RECEIVED");
            assertThat(r.supportKinds()).containsExactly("ESOL", "GP_REGISTRATION");
            assertThat(r.takenOnBy())
                    .containsExactly(new SentReferral.TakenOn(
                            1,
                            "GP_REGISTRATION",
                            true,
                            "GP Registration Support",
                            "Barnet Federated GPs",
                            "https://www.example.org/barnet/gp",
                            "020 8359 2000"));
            assertThat(r.moveDate()).isEqualTo(LocalDate.parse("2026-12-10"));
            assertThat(r.respondBy()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
        });
        assertThat(one.version()).isEqualTo(4);
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.version()).isEqualTo(5);
        server.verify();
    }
}
