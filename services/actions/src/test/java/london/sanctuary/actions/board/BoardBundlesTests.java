package london.sanctuary.actions.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoardBundlesTests {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fa", "uk"})
    void everyBoardBundleHasEveryKeyEnglishHas(String language) throws IOException {
        // given
        Properties english = bundle("actions/messages.properties");

        // when
        Properties translated = bundle("actions/messages_" + language + ".properties");

        // then
        assertThat(translated.stringPropertyNames()).containsAll(english.stringPropertyNames());
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                BoardBundlesTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
