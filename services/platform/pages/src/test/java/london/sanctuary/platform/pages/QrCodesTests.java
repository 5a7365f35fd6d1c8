package london.sanctuary.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import london.sanctuary.platform.test.ScannedQr;
import org.junit.jupiter.api.Test;

class QrCodesTests {

    @Test
    void aScannerReadsBackExactlyTheTextThatWasDrawn() {
        // given a text
        String text = "https://example.test/public/f/7KX9PQ2M";

        // when it is drawn as a PNG and as a data address
        byte[] png = QrCodes.png(text);
        String dataUri = QrCodes.dataUri(text);

        // then both are PNGs that scan as the text
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(ScannedQr.text(png)).isEqualTo(text);
        assertThat(dataUri).startsWith("data:image/png;base64,");
        assertThat(ScannedQr.text(dataUri)).isEqualTo(text);
    }

    @Test
    void everyPersonalLinkDrawnScansBackWhateverItsRandomToken() {
        // given 300 links of a personal link's shape, each with its own random token (one such failed to scan in CI)
        Random random = new Random(20261206);
        for (int i = 0; i < 300; i++) {
            byte[] token = new byte[32];
            random.nextBytes(token);
            String link = "http://localhost:8081/public/me/"
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(token);

            // when drawn, then scanned
            assertThat(ScannedQr.text(QrCodes.dataUri(link))).as(link).isEqualTo(link);
        }
    }
}
