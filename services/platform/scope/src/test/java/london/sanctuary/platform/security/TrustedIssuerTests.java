package london.sanctuary.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedIssuerTests {

    static final String JWKS = "https://login.example/keys";

    @Test
    void theShorthandIssuerSpeaksForTheBoroughsServedAndAListedOneOnlyForItsOwn() {
        // given the shorthand and Barnet's own identity provider, in a deployment serving Newham and Lambeth
        SecuritySettings settings = new SecuritySettings(
                "https://auth.london",
                null,
                JWKS,
                null,
                List.of(new TrustedIssuer("https://login.barnet", JWKS, null, null, List.of("barnet"), null)),
                null,
                null,
                null);

        // when
        List<TrustedIssuer> trusted = settings.trustedIssuers(List.of("newham", "lambeth"));

        // then
        TrustedIssuer shorthand = trusted.get(0);
        TrustedIssuer barnet = trusted.get(1);
        assertThat(shorthand.speaksFor("newham")).isTrue();
        assertThat(shorthand.speaksFor("lambeth")).isTrue();
        assertThat(shorthand.speaksFor("barnet")).isFalse();
        assertThat(barnet.speaksFor("barnet")).isTrue();
        assertThat(barnet.speaksFor("newham")).isFalse();
        assertThat(barnet.audience()).isEqualTo("sanctuary-exchange");
        assertThat(settings.signInIssuer()).isEqualTo("https://auth.london");
    }

    @Test
    void theDashboardsShorthandSpeaksForEveryLondonBoroughItsOfficersReadFrom() {
        // given the GLA dashboard's shorthand, named for every London borough, in a deployment serving three
        SecuritySettings settings =
                new SecuritySettings("https://auth.london", null, JWKS, null, null, null, null, List.of("all"));

        // when
        TrustedIssuer shorthand =
                settings.trustedIssuers(List.of("newham", "barnet", "lambeth")).get(0);

        // then
        assertThat(shorthand.speaksFor("croydon")).isTrue();
        assertThat(shorthand.speaksFor("city-of-london")).isTrue();
        assertThat(shorthand.speaksFor("narnia")).isFalse();
        assertThat(shorthand.boroughs()).hasSize(33);
    }

    @Test
    void aListedIssuerWithNoBoroughsSpeaksOnlyForTokensThatNameNone() {
        // given the GLA's identity provider, listed without boroughs
        SecuritySettings settings = new SecuritySettings(
                null,
                null,
                null,
                null,
                List.of(new TrustedIssuer("https://login.gla", JWKS, null, "gla-api", null, null)),
                null,
                null,
                null);

        // then
        TrustedIssuer gla = settings.trustedIssuers(List.of("newham")).get(0);
        assertThat(gla.speaksFor(null)).isTrue();
        assertThat(gla.speaksFor("newham")).isFalse();
        assertThat(gla.audience()).isEqualTo("gla-api");
    }

    @Test
    void anIssuerWithAFixedBoroughMayListNoOther() {
        assertThatThrownBy(() ->
                        new TrustedIssuer("https://login.lambeth", JWKS, null, null, List.of("newham"), "lambeth"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lambeth");
        assertThat(new TrustedIssuer("https://login.lambeth", JWKS, null, null, null, "lambeth").boroughs())
                .containsExactly("lambeth");
    }

    @Test
    void anIssuerListedTwiceOrWithoutKeysStopsTheService() {
        TrustedIssuer barnet = new TrustedIssuer("https://login.barnet", JWKS, null, null, List.of("barnet"), null);

        assertThatThrownBy(() -> new TrustedIssuers(List.of(barnet, barnet))).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new TrustedIssuer("https://login.barnet", null, null, null, List.of("barnet"), null))
                .hasMessageContaining("jwk-set-uri");
        assertThatThrownBy(() -> new SecuritySettings(null, null, null, null, null, null, null, null))
                .hasMessageContaining("sanctuary.security.issuer");
    }
}
