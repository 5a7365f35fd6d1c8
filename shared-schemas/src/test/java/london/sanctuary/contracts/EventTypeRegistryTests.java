package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.facts.ConsentRecordedFact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeRegistryTests {

    @Test
    void everyEventTypeHasADistinctTypeString() {
        // when
        var types = Arrays.stream(EventType.values()).map(EventType::type).toList();

        // then
        assertThat(types).doesNotHaveDuplicates().hasSize(EventType.values().length);
        assertThat(types).allMatch(type -> type.matches("london\\.sanctuary\\.[a-z]+\\.[a-z-]+\\.v1"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaResourceExists(EventType type) {
        assertThat(getClass().getClassLoader().getResource(type.schemaResource()))
                .as(type.schemaResource())
                .isNotNull();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void lookupsByRecordAndByTypeRoundTrip(EventType type) {
        assertThat(EventType.of(type.recordType())).isSameAs(type);
        assertThat(EventType.ofType(type.type())).contains(type);
    }

    @Test
    void namesFollowTheConvention() {
        assertThat(EventType.PARTICIPANT_ENROLLED.type()).isEqualTo("london.sanctuary.consent.participant-enrolled.v1");
        assertThat(EventType.PARTICIPANT_ENROLLED.schemaResource())
                .isEqualTo("schemas/consent/participant-enrolled.v1.schema.json");
        assertThat(EventType.CONSENT_RECORDED_FACT.type()).isEqualTo("london.sanctuary.facts.consent-recorded.v1");
        assertThat(EventType.of(ConsentRecordedFact.class)).isEqualTo(EventType.CONSENT_RECORDED_FACT);
        assertThat(EventType.of(ConsentWithdrawn.class).service()).isEqualTo("consent");
    }

    @Test
    void anUnknownTypeOrClassIsNotAnEventType() {
        assertThat(EventType.ofType("london.sanctuary.consent.something-else.v1"))
                .isEmpty();
        assertThat(EventType.ofType(null)).isEmpty();
        assertThatThrownBy(() -> EventType.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyContractRecordInTheContractsPackagesHasAnEventType() throws Exception {
        // given
        List<Class<?>> contracts = contractClasses();

        // then
        assertThat(contracts).hasSize(EventType.values().length);
        contracts.forEach(contract -> assertThat(EventType.of(contract)).isNotNull());
    }

    @Test
    void boroughEventsGoToTheBoroughsTopic() {
        assertThat(EventType.CONSENT_WITHDRAWN.topic("newham")).isEqualTo("sanctuary.newham.consent.v1");
        assertThat(EventType.SESSION_HELD.topic("tower-hamlets")).isEqualTo("sanctuary.tower-hamlets.engagement.v1");
        assertThat(Topics.borough("newham", "consent")).isEqualTo("sanctuary.newham.consent.v1");
    }

    @Test
    void aConsentStateGoesToTheBoroughsCompactedTopic() {
        assertThat(EventType.CONSENT_STATE_RECORDED.topic("newham")).isEqualTo("sanctuary.newham.consent-state.v1");
        assertThat(Topics.isCompacted(EventType.CONSENT_STATE_RECORDED.topic("newham")))
                .isTrue();
        assertThat(Arrays.stream(EventType.values()).filter(EventType::isState))
                .containsExactly(EventType.CONSENT_STATE_RECORDED);
    }

    @Test
    void referralEventsGoToTheExchangeAndFactsToTheGlaTopic() {
        assertThat(EventType.REFERRAL_SENT.topic("newham")).isEqualTo("sanctuary.exchange.referrals.v1");
        assertThat(EventType.REFERRAL_OVERDUE.topic(null)).isEqualTo(Topics.EXCHANGE_REFERRALS);
        assertThat(EventType.SESSION_HELD_FACT.topic("newham")).isEqualTo("sanctuary.gla.facts.v1");
        assertThat(Arrays.stream(EventType.values()).filter(EventType::isFact))
                .allMatch(type -> type.topic("barnet").equals(Topics.GLA_FACTS));
    }

    @Test
    void deadLettersAppendDlq() {
        assertThat(Topics.deadLetter(Topics.EXCHANGE_REFERRALS)).isEqualTo("sanctuary.exchange.referrals.v1.dlq");
    }

    @Test
    void aBoroughTopicRejectsACodeThatIsNotATopicNamePart() {
        assertThatThrownBy(() -> Topics.borough("Newham", "consent")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Topics.borough("newham", "")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Class<?>> contractClasses() throws IOException, URISyntaxException {
        Path root = Path.of(EventType.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (Stream<Path> files = Files.walk(root.resolve("london/sanctuary/contracts"))) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.replace('/', '.').replace('\\', '.').replaceFirst("\\.class$", ""))
                    .map(EventTypeRegistryTests::load)
                    .filter(type -> Contract.class.isAssignableFrom(type))
                    .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
