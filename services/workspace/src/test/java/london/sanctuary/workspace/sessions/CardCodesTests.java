package london.sanctuary.workspace.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import london.sanctuary.platform.pages.QrCodes;
import london.sanctuary.platform.test.ScannedQr;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;

class CardCodesTests {

    static final String SECRET = "a-test-secret-of-at-least-32-characters";
    final CardCodes cards = new CardCodes(SECRET);

    @Test
    void aPersonsCardCodeIsTheSameEachTimeAndDiffersByPersonBoroughAndKey() {
        // when
        CardCode bilal = cards.of("newham", FakeSessions.BILAL);

        // then
        assertThat(cards.of("newham", FakeSessions.BILAL)).isEqualTo(bilal);
        assertThat(cards.of("newham", FakeSessions.AMINA)).isNotEqualTo(bilal);
        assertThat(cards.of("barnet", FakeSessions.BILAL)).isNotEqualTo(bilal);
        assertThat(new CardCodes(SECRET + "-rotated").of("newham", FakeSessions.BILAL))
                .isNotEqualTo(bilal);
        assertThat(bilal.value()).matches("[" + CardCode.ALPHABET + "]{10}");
    }

    @Test
    void theQrCodeOfACardHoldsExactlyItsCodeAndNothingAboutThePerson() {
        // given
        CardCode code = cards.of("newham", FakeSessions.BILAL);

        // when
        String scanned = ScannedQr.text(QrCodes.dataUri(code.value()));

        // then
        assertThat(scanned)
                .isEqualTo(code.value())
                .doesNotContain(FakeSessions.BILAL)
                .doesNotContainIgnoringCase("Bilal")
                .doesNotContainIgnoringCase("Osman")
                .doesNotContain("newham")
                .doesNotContain("http")
                .doesNotContain("/");
    }

    @Test
    void aCodeIsReadAsPeopleTypeItAndFoundOnlyAmongThoseGiven() {
        // given
        CardCode code = cards.of("newham", FakeSessions.BILAL);
        String typed = " " + code.printed().toLowerCase() + " ";

        // when / then
        assertThat(code.printed()).matches("[" + CardCode.ALPHABET + "]{5}-[" + CardCode.ALPHABET + "]{5}");
        assertThat(CardCode.typed(typed)).contains(code);
        assertThat(CardCode.typed(
                        code.value().substring(0, 5) + " " + code.value().substring(5)))
                .contains(code);
        assertThat(CardCode.typed("0000000000")).isEmpty();
        assertThat(CardCode.typed(code.value() + "A")).isEmpty();
        assertThat(CardCode.typed(null)).isEmpty();
        assertThat(cards.holder("newham", code, List.of(FakeSessions.AMINA, FakeSessions.BILAL)))
                .contains(FakeSessions.BILAL);
        assertThat(cards.holder("newham", code, List.of(FakeSessions.AMINA, FakeSessions.CHRO)))
                .isEmpty();
        assertThat(cards.holder("barnet", code, List.of(FakeSessions.BILAL))).isEmpty();
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new CardCodes("short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 characters");
    }

    @Test
    void aWorkspaceWithOnlyItsShippedSettingsRefusesToStartNamingTheMissingKey() {
        // given the workspace's own settings file and nothing else: no key of card codes
        YamlPropertiesFactoryBean shipped = new YamlPropertiesFactoryBean();
        shipped.setResources(new ClassPathResource("workspace.yml"));
        Properties settings = shipped.getObject();

        // when / then
        assertThat(settings).doesNotContainKey("sanctuary.workspace.cards.secret");
        new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new PropertiesPropertySource("workspace.yml", settings)))
                .withBean(CardCodes.class)
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("sanctuary.workspace.cards.secret is not set")
                        .hasMessageContaining("SANCTUARY_WORKSPACE_CARDS_SECRET"));
    }
}
