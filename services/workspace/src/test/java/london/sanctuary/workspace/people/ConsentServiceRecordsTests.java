package london.sanctuary.workspace.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The adapter reads and writes the consent service's JSON as the service has it (samples from its README). */
class ConsentServiceRecordsTests {

    static final String REF = "7b0f3c1e-8a51-4d36-9c3e-2f1f5a6b7c8d";
    static final String BASE = "http://consent/api/boroughs/newham/participants";

    MockRestServiceServer server;
    ConsentServiceRecords records;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://consent");
        server = MockRestServiceServer.bindTo(builder).build();
        RestClient client = builder.build();
        records = new ConsentServiceRecords(() -> client);
    }

    @Test
    void aPersonIsReadWithTheirConsentHistoryAndReconfirmations() {
        // given
        server.expect(requestTo(BASE + "/" + REF))
                .andRespond(withSuccess("""
                {"participantRef": "%s", "borough": "newham", "enrolledAt": "2026-11-02T10:00:00Z",
                 "name": "Amira Haddad", "phone": "07700 900123", "preferredLanguages": ["ar", "en"],
                 "consents": [{"consentId": "c1", "purpose": "RECONTACT", "controller": "newham",
                   "legalBasis": "CONSENT", "method": "VERBAL_WITH_INTERPRETER", "language": "ar",
                   "noticeVersion": "2026-10", "recordedBy": "newham.officer1", "grantedAt": "2026-11-02T10:05:00Z",
                   "toBeReconfirmed": false, "interpreter": "ar",
                   "confirmations": [{"method": "WRITTEN", "language": "ar", "noticeVersion": "2026-11",
                     "confirmedBy": "newham.officer2", "confirmedAt": "2026-11-09T10:00:00Z"}]}],
                 "version": 4}""".formatted(REF), MediaType.APPLICATION_JSON));

        // when
        Person person = records.person("newham", REF);

        // then
        assertThat(person.name()).isEqualTo("Amira Haddad");
        assertThat(person.version()).isEqualTo(4);
        assertThat(person.held("RECONTACT")).hasValueSatisfying(c -> {
            assertThat(c.interpreter()).isEqualTo("ar");
            assertThat(c.confirmations())
                    .extracting(Person.Confirmation::confirmedBy)
                    .containsExactly("newham.officer2");
        });
        assertThat(person.held("PARTICIPATE")).isEmpty();
    }

    @Test
    void givenOpenErasureRequestsWhenTheTaskIsReadThenEachRefAndDateIsReadInTheServicesOrder() {
        // given
        server.expect(requestTo("http://consent/api/boroughs/newham/erasure-requests?limit=500"))
                .andRespond(withSuccess("""
                [{"participantRef": "%s", "askedAt": "2026-12-01T10:00:00Z"},
                 {"participantRef": "c2a1f0e3-1b2c-4d5e-8f90-a1b2c3d4e5f6", "askedAt": "2026-12-02T09:30:00Z"}]""".formatted(REF), MediaType.APPLICATION_JSON));

        // when
        List<ErasureTask> open = records.erasureRequests("newham");

        // then
        assertThat(open)
                .extracting(ErasureTask::participantRef)
                .containsExactly(REF, "c2a1f0e3-1b2c-4d5e-8f90-a1b2c3d4e5f6");
        assertThat(open.get(0).askedAt()).isEqualTo(java.time.Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void aSearchSendsWhatWasTypedAndReadsTheList() {
        server.expect(requestTo(BASE + "?q=amira%20haddad&limit=50"))
                .andRespond(withSuccess("""
                {"items": [{"participantRef": "%s", "enrolledAt": "2026-11-02T10:00:00Z", "name": "Amira Haddad",
                  "preferredLanguages": ["ar"]}], "limit": 50}""".formatted(REF), MediaType.APPLICATION_JSON));

        List<PersonFound> found = records.find("newham", "amira haddad");

        assertThat(found).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("Amira Haddad"));
    }

    @Test
    void theDuplicateWarningComesBackWithTheExistingReferences() {
        server.expect(requestTo(BASE))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"name\": \"Amira Haddad\", \"preferredLanguages\": [\"ar\"]}"))
                .andRespond(withStatus(HttpStatus.CONFLICT)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body("{\"status\": 409, \"field\": \"name\", \"existing\": [\"" + REF + "\"]}"));

        LooksLikeSomeoneEnrolled warned = catchThrowableOfType(
                LooksLikeSomeoneEnrolled.class,
                () -> records.enrol("newham", new PersonDetails("Amira Haddad", " ", "", "ar", null), false));

        assertThat(warned.existing()).containsExactly(REF);
    }

    @Test
    void aChangeOfDetailsIsAMergePatchAgainstTheVersionSeenThatRemovesWhatWasCleared() {
        server.expect(requestTo(BASE + "/" + REF))
                .andExpect(method(HttpMethod.PATCH))
                .andExpect(header("If-Match", "\"4\""))
                .andExpect(header("Content-Type", "application/merge-patch+json"))
                .andExpect(content().json("""
                        {"name": "Amira K. Haddad", "preferredLanguages": ["ar", "en"], "phone": "07700 900123",
                         "email": null, "accessNeeds": null}""", true))
                .andRespond(withSuccess());

        records.changeDetails(
                "newham", REF, 4, new PersonDetails("Amira K. Haddad", "07700 900123", "", "ar, en", " "));

        server.verify();
    }
}
