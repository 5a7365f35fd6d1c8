package london.sanctuary.feedback.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Language;

/**
 * Each language's name in itself ({@code العربية}, {@code دری}), from {@code reference/languages.csv}, for the
 * language picker: people look for their language in their own script.
 */
public final class Autonyms {

    private static final Map<String, String> BY_TAG = read();

    private Autonyms() {}

    /** The autonym, or the tag itself for a language not on the reference list. */
    public static String of(Language language) {
        return BY_TAG.getOrDefault(language.tag(), language.tag());
    }

    private static Map<String, String> read() {
        InputStream in = Autonyms.class.getClassLoader().getResourceAsStream("reference/languages.csv");
        if (in == null) {
            throw new IllegalStateException("reference data: no classpath resource reference/languages.csv");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .collect(Collectors.toUnmodifiableMap(cells -> cells[0].strip(), cells -> cells[2].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
