package london.sanctuary.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsTests {

    @Test
    void eachServedBoroughGetsItsOwnTopicPerService() {
        // given
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "test", Map.of("sanctuary.service", "engagement", "sanctuary.boroughs", "newham, barnet")));

        // when
        new PlatformDefaults().postProcessEnvironment(env, new SpringApplication());

        // then
        assertThat(env.getProperty("sanctuary.topics.consent"))
                .isEqualTo("sanctuary.newham.consent.v1,sanctuary.barnet.consent.v1");
        assertThat(env.getProperty("sanctuary.topics.facts")).isEqualTo("sanctuary.gla.facts.v1");
        assertThat(env.getProperty("spring.cloud.stream.default.group")).isEqualTo("engagement-barnet.newham");
        assertThat(env.getProperty("spring.cloud.stream.bindings.consentLedgerIn-in-0.group"))
                .isEqualTo("engagement-consent-ledger-barnet.newham");
    }

    @Test
    void aNamedDeploymentNamesItsConsumerGroups() {
        // given
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "sanctuary.service",
                                "referrals",
                                "sanctuary.boroughs",
                                "newham",
                                "sanctuary.deployment",
                                "east")));

        // when
        new PlatformDefaults().postProcessEnvironment(env, new SpringApplication());

        // then
        assertThat(env.getProperty("spring.cloud.stream.default.group")).isEqualTo("referrals-east");
    }

    @Test
    void jsonLogsAreOnlyWhereADeploymentAsksForThem() {
        // given
        StandardEnvironment plain = new StandardEnvironment();
        plain.getPropertySources()
                .addFirst(new MapPropertySource(
                        "test", Map.of("sanctuary.service", "consent", "sanctuary.boroughs", "newham")));
        StandardEnvironment json = new StandardEnvironment();
        json.getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "sanctuary.service",
                                "consent",
                                "sanctuary.boroughs",
                                "newham",
                                "sanctuary.logging.json",
                                "true")));

        // when
        new PlatformDefaults().postProcessEnvironment(plain, new SpringApplication());
        new PlatformDefaults().postProcessEnvironment(json, new SpringApplication());

        // then
        assertThat(plain.getProperty("logging.structured.format.console")).isNull();
        assertThat(json.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void theConsentLedgerReadsTheConsentTopicsAndTheCompactedConsentStateTopics() {
        // given
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "test", Map.of("sanctuary.service", "actions", "sanctuary.boroughs", "newham, barnet")));

        // when
        new PlatformDefaults().postProcessEnvironment(env, new SpringApplication());

        // then
        assertThat(env.getProperty("spring.cloud.stream.bindings.consentLedgerIn-in-0.destination"))
                .isEqualTo("sanctuary.newham.consent.v1,sanctuary.barnet.consent.v1,"
                        + "sanctuary.newham.consent-state.v1,sanctuary.barnet.consent-state.v1");
    }

    @Test
    void aServiceCanOverrideAnyDefault() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "sanctuary.service",
                                "consent",
                                "sanctuary.boroughs",
                                "newham",
                                "spring.cloud.stream.default.consumer.max-attempts",
                                "5")));

        new PlatformDefaults().postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.cloud.stream.default.consumer.max-attempts"))
                .isEqualTo("5");
    }

    @Test
    void anApplicationThatIsNoServiceIsLeftAlone() {
        StandardEnvironment env = new StandardEnvironment();

        new PlatformDefaults().postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.cloud.stream.default.group")).isNull();
    }
}
