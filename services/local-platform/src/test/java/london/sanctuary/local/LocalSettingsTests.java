package london.sanctuary.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import london.sanctuary.local.demo.DemoSize;
import org.junit.jupiter.api.Test;

class LocalSettingsTests {

    @Test
    void withNothingSetEveryComponentGetsItsFixedPortAndTheDemoBoroughs() {
        // given
        SettingsSource nothing = new SettingsSource(new String[0], Map.of(), Map.of());

        // when
        LocalSettings settings = LocalSettings.from(nothing);

        // then
        assertThat(settings.ports())
                .containsEntry("kafka", 9092)
                .containsEntry("kafka-controller", 9093)
                .containsEntry("mongo", 27017)
                .containsEntry("auth", 9000)
                .containsEntry("dashboard", 8080)
                .containsEntry("consent", 8081)
                .containsEntry("referrals", 8085);
        assertThat(settings.boroughs()).containsExactly("newham", "barnet", "lambeth");
        assertThat(settings.dataDir())
                .isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(settings.demoData()).isEqualTo(DemoSize.FULL);
    }

    @Test
    void anArgumentWinsOverASystemPropertyWhichWinsOverTheEnvironment() {
        // given
        String[] args = {"--sanctuary.local.ports.consent=18081", "--sanctuary.local.boroughs= camden , hackney"};
        Map<String, String> system =
                Map.of("sanctuary.local.ports.consent", "28081", "sanctuary.local.ports.auth", "29000");
        Map<String, String> environment = Map.of(
                "SANCTUARY_LOCAL_PORTS_AUTH", "39000",
                "SANCTUARY_LOCAL_PORTS_KAFKA_CONTROLLER", "39093",
                "SANCTUARY_LOCAL_DATA_DIR", "/tmp/sanctuary-data",
                "SANCTUARY_LOCAL_DEMO_DATA", "false");

        // when
        LocalSettings settings = LocalSettings.from(new SettingsSource(args, system, environment));

        // then
        assertThat(settings.port("consent")).isEqualTo(18081);
        assertThat(settings.port("auth")).isEqualTo(29000);
        assertThat(settings.port("kafka-controller")).isEqualTo(39093);
        assertThat(settings.boroughs()).containsExactly("camden", "hackney");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/sanctuary-data"));
        assertThat(settings.demoData()).isEqualTo(DemoSize.NONE);
    }

    @Test
    void theDemoDataIsTheWholeSetASmallOneOrNoneAndAnythingElseIsRejectedNamingItsKey() {
        // given each way of saying how much demo data to load, and a word that says nothing
        Map<String, DemoSize> said =
                Map.of("true", DemoSize.FULL, "FULL", DemoSize.FULL, "small", DemoSize.SMALL, "false", DemoSize.NONE);

        // when / then
        said.forEach((value, size) -> assertThat(LocalSettings.from(new SettingsSource(
                                new String[] {"--sanctuary.local.demo-data=" + value}, Map.of(), Map.of()))
                        .demoData())
                .as(value)
                .isEqualTo(size));
        assertThat(DemoSize.SMALL.loads()).isTrue();
        assertThat(DemoSize.NONE.loads()).isFalse();
        assertThatThrownBy(() -> LocalSettings.from(
                        new SettingsSource(new String[] {"--sanctuary.local.demo-data=lots"}, Map.of(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sanctuary.local.demo-data")
                .hasMessageContaining("lots");
    }

    @Test
    void aPortThatIsNotAPortNumberIsRejectedNamingItsKey() {
        // given
        SettingsSource source =
                new SettingsSource(new String[] {"--sanctuary.local.ports.mongo=70000"}, Map.of(), Map.of());

        // when / then
        assertThatThrownBy(() -> LocalSettings.from(source))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sanctuary.local.ports.mongo");
    }

    @Test
    void aKeyIsLookedUpInTheEnvironmentUnderItsUpperCaseName() {
        // given / when / then
        assertThat(SettingsSource.environmentName("sanctuary.local.ports.kafka-controller"))
                .isEqualTo("SANCTUARY_LOCAL_PORTS_KAFKA_CONTROLLER");
    }
}
