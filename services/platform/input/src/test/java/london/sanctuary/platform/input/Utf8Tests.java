package london.sanctuary.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8Tests {

    @Test
    void textInAnyScriptDecodes() throws Utf8.Malformed {
        String text = "Amina — أمينة — 𝄞";

        assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"C0 AF", "C1 BF", "E0 80 AF", "F0 80 80 AF", "ED A0 80", "F4 90 80 80", "FF", "80", "E2 82"})
    void overlongFormsSurrogatesAndStrayBytesAreRefused(String hex) {
        assertThatThrownBy(() -> Utf8.decode(HexFormat.ofDelimiter(" ").parseHex(hex)))
                .isInstanceOf(Utf8.Malformed.class);
    }

    @Test
    void aFormIsReadWithPlusesEscapesAndRepeatedNames() throws Utf8.Malformed {
        Map<String, List<String>> fields = Utf8.form("q1=warm+food&q3=1&q3=3&lang=ar&q2=%D9%86%D8%B9%D9%85&empty");

        assertThat(fields)
                .containsEntry("q1", List.of("warm food"))
                .containsEntry("q3", List.of("1", "3"))
                .containsEntry("q2", List.of("نعم"))
                .containsEntry("empty", List.of(""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q1=%C0%AF", "q1=%ED%A0%80", "q1=%FF", "q1=%E2%82", "q1=%G1", "q1=%4", "%C0%AF=x"})
    void aFormWhoseEscapesAreNotUtf8IsRefused(String form) {
        assertThatThrownBy(() -> Utf8.form(form)).isInstanceOf(Utf8.Malformed.class);
    }
}
