package london.sanctuary.workspace.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the door recognises as a personal-link card's QR code, and what it leaves to the card code (decision 0063). */
class ScannedLinkTests {

    static final String TOKEN = "AbC_-" + "9".repeat(38);

    @Test
    void aPersonalLinkAsAScannerOrTheCameraGivesItYieldsItsToken() {
        // when / then
        assertThat(ScannedLink.tokenIn("https://sanctuary.example/public/me/" + TOKEN))
                .contains(TOKEN);
        assertThat(ScannedLink.tokenIn("  http://localhost:8081/public/me/" + TOKEN + "/ \n"))
                .contains(TOKEN);
        assertThat(ScannedLink.tokenIn("/public/me/" + TOKEN)).contains(TOKEN);
    }

    @Test
    void aTokenOfTheWrongLengthAnotherAddressOrACardCodeIsNoLink() {
        // when / then
        assertThat(ScannedLink.tokenIn("https://sanctuary.example/public/me/" + TOKEN + "x"))
                .isEmpty();
        assertThat(ScannedLink.tokenIn("https://sanctuary.example/public/me/" + TOKEN.substring(1)))
                .isEmpty();
        assertThat(ScannedLink.tokenIn("https://sanctuary.example/public/me/" + TOKEN + "?lang=ar"))
                .isEmpty();
        assertThat(ScannedLink.tokenIn("https://sanctuary.example/forms/" + TOKEN))
                .isEmpty();
        assertThat(ScannedLink.tokenIn("7KX9P-Q2MAC")).isEmpty();
        assertThat(ScannedLink.tokenIn(null)).isEmpty();
    }
}
