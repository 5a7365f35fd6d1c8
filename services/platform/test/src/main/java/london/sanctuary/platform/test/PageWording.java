package london.sanctuary.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import london.sanctuary.contracts.Language;

/**
 * The public pages' wording rule, in one place: a message bundle ({@code feedback/messages},
 * {@code actions/messages}, …) exists for every language a page offers and has every key its English bundle has.
 * A page test names its bundle and asks for each language: {@code PageWording.of("actions/messages")
 * .assertHasEveryEnglishKey(Language.of("ti"))}.
 */
public record PageWording(String basename) {

    /** The mark a bundle keeps at its top until a translator has read it. */
    public static final String NOT_REVIEWED = "# machine translation, not yet reviewed by a translator";

    public static PageWording of(String basename) {
        return new PageWording(basename);
    }

    /** Fails naming the bundle's file and the keys it lacks, or when the file is missing. */
    public void assertHasEveryEnglishKey(Language language) {
        assertThat(missing(keys(english()), keys(translated(language))))
                .as("keys of %s.properties that %s lacks", basename, path(language))
                .isEmpty();
    }

    /** Fails naming the keys the language's bundle has that the English bundle does not (a typo, a removed key). */
    public void assertHasNoKeyEnglishLacks(Language language) {
        assertThat(missing(keys(translated(language)), keys(english())))
                .as("keys of %s that %s.properties lacks", path(language), basename)
                .isEmpty();
    }

    /** The keys of {@code from} that {@code in} lacks, sorted. */
    public static Set<String> missing(Set<String> from, Set<String> in) {
        Set<String> missing = new TreeSet<>(from);
        missing.removeAll(in);
        return missing;
    }

    /** The English bundle's values (what must not appear unmarked on a page in another language). */
    public Properties english() {
        return load(basename + ".properties");
    }

    /** The bundle's own file, as {@link ResourceBundle} names it ({@code messages_zh_Hans.properties}). */
    public String path(Language language) {
        return ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)
                        .toBundleName(basename, Locale.forLanguageTag(language.tag()))
                + ".properties";
    }

    /** The language's own bundle (its file alone, without the English it falls back to). */
    public Properties translated(Language language) {
        return load(path(language));
    }

    private static Set<String> keys(Properties properties) {
        return properties.stringPropertyNames();
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = PageWording.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("the bundle %s", path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
