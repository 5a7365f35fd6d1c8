package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;
import static london.sanctuary.consent.ConsentRequests.participant;
import static london.sanctuary.consent.ConsentRequests.participants;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.test.AuditRecords;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Reads and changes of a person through the consent API are in the borough's audit trail, and nothing personal. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class ConsentAuditIntegrationTests {

    static final String OFFICER =
            AuditRecords.staffToken("newham.officer1", "Grace Officer", "newham", List.of("officer"));

    @LocalServerPort
    int port;

    @Autowired
    BoroughStores stores;

    ConsentApi api;

    @BeforeEach
    void connect() {
        api = new ConsentApi(port);
    }

    @Test
    void readingAPersonIsRecordedWithWhoWhatWhenAndNothingPersonal() {
        // given
        Person person = Person.unique();
        String ref = api.post(OFFICER, participants("newham"), person.enrolment())
                .json()
                .get("participantRef")
                .asString();
        Instant before = Instant.now();

        // when
        assertThat(api.get(OFFICER, participant("newham", ref)).status()).isEqualTo(200);

        // then
        List<Document> reads = AuditRecords.about(stores.of("newham"), ref, "participant.read");
        assertThat(reads).singleElement().satisfies(entry -> {
            assertThat(entry.getString("subject")).isEqualTo("newham.officer1");
            assertThat(entry.getString("name")).isEqualTo("Grace Officer");
            assertThat(entry.getString("service")).isEqualTo("consent");
            assertThat(entry.getDate("at").toInstant()).isBetween(before, Instant.now());
        });
        assertThat(AuditRecords.about(stores.of("newham"), ref))
                .extracting(entry -> entry.getString("action"))
                .containsExactly("participant.enrolled", "participant.read");
        assertNothingPersonal(ref, person);
    }

    @Test
    void grantingConsentIsRecordedWithTheConsentsId() {
        // given
        Person person = Person.unique();
        String ref = api.post(OFFICER, participants("newham"), person.enrolment())
                .json()
                .get("participantRef")
                .asString();

        // when
        ConsentApi.Answer granted = api.post(OFFICER, participant("newham", ref) + "/consents", grant("RECONTACT"));

        // then
        assertThat(granted.status()).isEqualTo(201);
        assertThat(AuditRecords.about(stores.of("newham"), ref, "consent.granted"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getString("recordId"))
                        .isEqualTo(granted.json().get("consentId").asString()));
        assertNothingPersonal(ref, person);
    }

    private void assertNothingPersonal(String ref, Person person) {
        assertThat(AuditRecords.about(stores.of("newham"), ref))
                .allSatisfy(entry -> assertThat(entry.toJson())
                        .doesNotContain(person.name())
                        .doesNotContain(person.phone())
                        .doesNotContain(person.email())
                        .doesNotContain("female interpreter"));
    }
}
