package london.sanctuary.engagement;

import static london.sanctuary.engagement.SessionRequests.focusGroup;
import static london.sanctuary.engagement.SessionRequests.sessions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.TestTokens;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The narrow endpoints behind a person's own page: only a borough's service client, only for one ref at a time. */
class PersonalSessionsIntegrationTests extends EngagementApiTests {

    static String personal(String borough, UUID ref) {
        return "/api/boroughs/" + borough + "/personal/" + ref + "/sessions";
    }

    static ApiClient.Response signUp(ApiClient api, String borough, UUID ref, String session) {
        return api.post(personal(borough, ref) + "/" + session + "/registration", "");
    }

    ApiClient service(String borough) {
        return newham.as(TestTokens.sign(
                TestTokens.claims("consent", borough, List.of("service")).build()));
    }

    @Test
    void theServiceClientSignsAPersonUpAndAFullSessionPutsTheNextOnTheWaitlistAndCancellingPromotesThem() {
        // given a session of one place and two people holding PARTICIPATE
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(4)), 1));
        UUID first = participating("newham");
        UUID second = participating("newham");
        ApiClient consent = service("newham");

        // when both sign up
        ApiClient.Response placed = signUp(consent, "newham", first, session);
        ApiClient.Response waiting = signUp(consent, "newham", second, session);

        // then the first has the place, the second waits, and the list shows each their own status only
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().path("yourStatus").asString()).isEqualTo("REGISTERED");
        assertThat(waiting.json().path("yourStatus").asString()).isEqualTo("WAITLISTED");
        JsonNode listed = openTo(consent, second, session);
        assertThat(listed.path("yourStatus").asString()).isEqualTo("WAITLISTED");
        assertThat(listed.path("session").path("registrations").isMissingNode()
                        || listed.path("session").path("registrations").isNull())
                .isTrue();
        assertThat(listed.toString()).doesNotContain(first.toString());

        // when the first cancels, then the second is given the place
        ApiClient.Response cancelled = consent.delete(personal("newham", first) + "/" + session + "/registration");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("yourStatus").isNull()).isTrue();
        assertThat(openTo(consent, second, session).path("yourStatus").asString())
                .isEqualTo("REGISTERED");
    }

    @Test
    void aPersonWithoutConsentToTakePartIsRefusedAndNothingIsRegistered() {
        // given
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(4)), 5));
        UUID stranger = UUID.randomUUID();

        // when
        ApiClient.Response refused = signUp(service("newham"), "newham", stranger, session);

        // then
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("participantRef");
        assertThat(newham.get(sessions("newham") + "/" + session).json().path("registrations"))
                .isEmpty();
    }

    @Test
    void staffTokensAnotherBoroughsServiceAndASessionNotOpenAreAllRefused() {
        // given
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(4)), 5));
        UUID person = participating("newham");
        String past = schedule(newham, "newham", focusGroup(Instant.now().minus(Duration.ofDays(1)), 5));

        // when / then: an officer's token holds no service role
        assertThat(signUp(newham, "newham", person, session).status()).isEqualTo(403);
        assertThat(newham.get(personal("newham", person)).status()).isEqualTo(403);
        // Barnet's service client does not reach Newham's sessions
        assertThat(signUp(service("barnet"), "barnet", person, session).status())
                .isEqualTo(404);
        assertThat(signUp(service("barnet"), "newham", person, session).status())
                .isEqualTo(404);
        // a session already started, an unknown one and a malformed id are the same 404
        ApiClient consent = service("newham");
        assertThat(signUp(consent, "newham", person, past).status()).isEqualTo(404);
        assertThat(signUp(consent, "newham", person, UUID.randomUUID().toString())
                        .status())
                .isEqualTo(404);
        assertThat(signUp(consent, "newham", person, "not-an-id").status()).isEqualTo(404);
        assertThat(consent.get(personal("newham", person) + "/" + past + "/calendar")
                        .status())
                .isEqualTo(404);
        // and the session's register holds nobody
        assertThat(newham.get(sessions("newham") + "/" + session).json().path("registrations"))
                .isEmpty();
    }

    @Test
    void thePersonsOwnHistoryIsTheirRegistrationsReadWithTheServiceTokenAloneAndAuditedAsForThemselves() {
        // given a person signed up to a session, and another person on it too
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(5)), 5));
        UUID person = participating("newham");
        UUID other = participating("newham");
        signUp(service("newham"), "newham", person, session);
        signUp(service("newham"), "newham", other, session);
        String own = "/api/boroughs/newham/personal/" + person + "/history";

        // when the consent service asks for their page, and an officer and another borough's service try the same
        ApiClient.Response theirs = service("newham").get(own);
        ApiClient.Response officer = newham.get(own);
        ApiClient.Response barnet = service("barnet").get(own);

        // then their own registration only; staff and another borough are refused; the read is theirs
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
        assertThat(theirs.json().path("sessions").get(0).path("sessionId").asString())
                .isEqualTo(session);
        assertThat(theirs.json().path("sessions").get(0).path("registrations").size())
                .isOne();
        assertThat(theirs.body()).doesNotContain(other.toString());
        assertThat(officer.status()).isEqualTo(403);
        assertThat(barnet.status()).isEqualTo(404);
        assertThat(AuditRecords.about(stores.of("newham"), person.toString(), "sessions.history-read.self"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getString("subject")).isEqualTo("consent"));
    }

    @Test
    void cancellingARegistrationThatIsNotThereIsRefusedNamingTheField() {
        // given
        String session = schedule(newham, "newham", focusGroup(Instant.now().plus(Duration.ofDays(4)), 5));

        // when
        ApiClient.Response refused =
                service("newham").delete(personal("newham", participating("newham")) + "/" + session + "/registration");

        // then
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asString()).isEqualTo("participantRef");
    }

    @Test
    void oneSessionsCalendarIsOneEventWordedInThePersonsLanguage() throws Exception {
        // given a monthly forum: one meeting of it is still one event, with no rule
        String session = schedule(
                newham,
                "newham",
                focusGroup(Instant.now().plus(Duration.ofDays(4)), 5, SessionSeriesIntegrationTests.MONTHLY));

        // when
        ApiClient.Response ics =
                service("newham").get(personal("newham", UUID.randomUUID()) + "/" + session + "/calendar?lang=ar");

        // then
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(ics.body())).getComponents("VEVENT");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getUid().orElseThrow().getValue()).isEqualTo(session + "@sanctuary.london");
        assertThat(events.get(0).getProperty("RRULE")).isEmpty();
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("ظروف السكن");
    }

    private JsonNode openTo(ApiClient consent, UUID ref, String session) {
        ApiClient.Response open = consent.get(personal("newham", ref));
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        return open.json()
                .path("sessions")
                .valueStream()
                .filter(s -> session.equals(s.path("session").path("sessionId").asString()))
                .findFirst()
                .orElseThrow();
    }
}
