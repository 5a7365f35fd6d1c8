package london.sanctuary.referrals;

import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.outgoing;
import static london.sanctuary.referrals.ReferralRequests.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.local.auth.AuthorizationServer;
import london.sanctuary.local.auth.SignInClient;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.ApiClient.Response;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.referrals.ReferralRequests.Person;
import london.sanctuary.referrals.history.EngagementHistory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The referrals service started for real, serving Newham, Barnet and Lambeth: consent, engagement and feedback events in
 * from the broker, HTTP, the store, the exchange topic out and back in. The consent and feedback services and the
 * token endpoint are played by {@link FakeNeighbours}; Lambeth's referrals service is reached through it, so it can be
 * switched down. Staff sign in to the pages at a local authorization server ({@code SIGN_IN}).
 */
@SanctuaryIntegrationTest
@Import(RecordedSpans.class)
@TestPropertySource(
        properties = {
            "spring.config.name=referrals",
            "sanctuary.referrals.overdue-check=200ms",
            "sanctuary.referrals.services-check=200ms",
            "sanctuary.referrals.exchange.newham=http://localhost:${local.server.port}",
            "sanctuary.referrals.exchange.barnet=http://localhost:${local.server.port}",
            "resilience4j.retry.instances.key-release.wait-duration=50ms",
            "resilience4j.circuitbreaker.instances.key-release.minimum-number-of-calls=100",
            "resilience4j.retry.instances.feedback.wait-duration=50ms",
            "resilience4j.retry.instances.handovers.wait-duration=50ms",
            "resilience4j.circuitbreaker.instances.handovers.sliding-window-size=100",
            "resilience4j.circuitbreaker.instances.handovers.minimum-number-of-calls=100",
            "resilience4j.circuitbreaker.instances.feedback.minimum-number-of-calls=100"
        })
public abstract class ReferralsServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final FakeNeighbours NEIGHBOURS = FakeNeighbours.INSTANCE;
    static final String EXCHANGE_BINDING = "onExchangeEvents-in-0";

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    BoroughStores stores;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    EngagementHistory history;

    @Autowired
    BindingsLifecycleController bindings;

    BoroughEvents events;

    static final int PORT = AuthorizationServer.freePort();
    /** Where the move-on team signs in to the pages, as in {@code ./run-local}. */
    static final AuthorizationServer SIGN_IN =
            AuthorizationServer.startEphemeral(List.of(new SignInClient("referrals", "http://localhost:" + PORT)));

    @DynamicPropertySource
    static void neighbours(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("sanctuary.pages.sign-in.issuer", SIGN_IN::issuer);
        registry.add("sanctuary.referrals.consent-url", NEIGHBOURS::url);
        registry.add("sanctuary.referrals.feedback-url", NEIGHBOURS::url);
        registry.add("sanctuary.security.token-uri", () -> NEIGHBOURS.url() + "/oauth2/token");
        registry.add("sanctuary.referrals.exchange.lambeth", NEIGHBOURS::url);
        TestKeys.properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @BeforeEach
    void connect() {
        events = new BoroughEvents(bootstrap());
        NEIGHBOURS.forwardTo(port);
        NEIGHBOURS.senderDown(false);
        NEIGHBOURS.feedbackDown(false);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    /** Its three working days have passed in Barnet's copy, as if the clock had moved on. */
    void pastItsTime(UUID id) {
        stores.of("barnet")
                .updateFirst(
                        Query.query(Criteria.where("_id").is(id.toString())),
                        new Update().set("respondBy", Date.from(Instant.now().minusSeconds(60))),
                        "referrals");
    }

    void awaitOverdueAtBarnet(UUID id) {
        await().atMost(PATIENCE)
                .until(() -> api("barnet")
                        .get(incoming("barnet") + "/" + id)
                        .json()
                        .path("referral")
                        .path("overdue")
                        .asBoolean());
    }

    /** Sent from Newham and waiting in Barnet's inbox: the referral's id. */
    UUID inBarnetsInbox(Person person) {
        UUID id = UUID.randomUUID();
        Response sent = api("newham").post(outgoing("newham"), send(id, person.ref(), "barnet"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
        return id;
    }

    /** Sent from Newham and accepted by Barnet, Newham's copy ACCEPTED too: the referral's id. */
    UUID acceptedByBarnet(Person person) {
        UUID id = inBarnetsInbox(person);
        Response accepted = api("barnet").post(incoming("barnet") + "/" + id + "/acceptance", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        awaitStatus("newham", outgoing("newham") + "/" + id, "ACCEPTED");
        return id;
    }

    Person movable(String borough) {
        return movable(borough, UUID.randomUUID());
    }

    /** A person holding SHARE_ON_MOVE under {@code consentId}, to withdraw later. */
    Person movable(String borough, UUID consentId) {
        Person person = Person.unique();
        NEIGHBOURS.mayMove(borough, person.ref().toString(), person.name(), person.phone());
        events.grant(borough, person.ref(), consentId, ConsentPurpose.SHARE_ON_MOVE);
        awaitShareOnMove(borough, person);
        return person;
    }

    void awaitShareOnMove(String borough, Person person) {
        await().atMost(PATIENCE)
                .until(() -> ledger.holds(
                        Borough.of(borough),
                        ParticipantRef.of(person.ref()),
                        ConsentPurpose.SHARE_ON_MOVE,
                        Instant.now()));
    }

    void awaitStatus(String borough, String path, String... statuses) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            Response read = api(borough).get(path);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            String status = read.json().has("referral")
                    ? read.json().path("referral").path("status").asString()
                    : read.json().path("status").asString();
            assertThat(status).isIn((Object[]) statuses);
        });
    }

    /** Once Newham's copy of the referral is declined too: the reason it shows. */
    String declinedAtNewham(UUID id) {
        awaitStatus("newham", ReferralRequests.outgoing("newham") + "/" + id, "DECLINED");
        return api("newham")
                .get(ReferralRequests.outgoing("newham") + "/" + id)
                .json()
                .path("declineReason")
                .asString();
    }

    ApiClient api(String borough) {
        return new ApiClient(port, TestTokens.officer(borough));
    }

    String bootstrap() {
        return environment.getRequiredProperty("spring.kafka.bootstrap-servers");
    }
}
