package london.sanctuary.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

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
}
