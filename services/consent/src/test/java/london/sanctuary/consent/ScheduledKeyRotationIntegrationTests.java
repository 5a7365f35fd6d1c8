package london.sanctuary.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import london.sanctuary.consent.ConsentApi.Answer;
import london.sanctuary.consent.ConsentRequests.Person;
import london.sanctuary.platform.crypto.Keyring;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/** The schedule rotates by itself every {@code sanctuary.keyring.rotate-every}; what it re-wraps still opens. */
@SanctuaryIntegrationTest
@DirtiesContext // its schedule would go on rotating under the other test classes of this JVM
@TestPropertySource(
        properties = {
            "spring.config.name=consent",
            "sanctuary.keyring.settle=0s",
            "sanctuary.keyring.rotate-every=1s",
            "sanctuary.keyring.lock-at-most=30s"
        })
class ScheduledKeyRotationIntegrationTests {

    static final String NEWHAM = TestTokens.officer("newham");

    @LocalServerPort
    int port;

    @Autowired
    Keyring keyring;

    @Autowired
    MeterRegistry registry;

    @Test
    void theScheduleRotatesByItselfAndKeepsTheOldestEpochYoungerThanTwoPeriods() {
        // given
        ConsentApi api = new ConsentApi(port);
        Person person = Person.unique();
        Answer enrolled = api.post(NEWHAM, ConsentRequests.participants("newham"), person.enrolment());
        String ref = enrolled.json().path("participantRef").asString();
        String first = keyring.current().kid();
        double before = rotations();

        // when a few periods pass
        await().atMost(Duration.ofSeconds(60)).until(() -> rotations() >= before + 2);

        // then
        assertThat(keyring.epochs()).extracting(epoch -> epoch.kid()).doesNotContain(first);
        assertThat(registry.get("sanctuary.keyring.oldest.epoch.age").gauge().value())
                .isLessThan(10.0);
        Answer read = api.get(NEWHAM, ConsentRequests.participant("newham", ref));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("name").asString()).isEqualTo(person.name());
    }

    private double rotations() {
        return registry.find("sanctuary.keyring.rotations").tag("outcome", "rotated").counters().stream()
                .mapToDouble(counter -> counter.count())
                .sum();
    }
}
