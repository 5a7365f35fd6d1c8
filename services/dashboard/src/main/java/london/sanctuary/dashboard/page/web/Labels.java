package london.sanctuary.dashboard.page.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.dashboard.figures.View;

/**
 * Names people read for the codes in the tables: boroughs by name, themes by their label in
 * {@code reference/feedback-themes.csv}, languages by their English name ({@link Language}), and enum codes such as
 * {@code FOCUS_GROUP} as "Focus group". An unknown code shows as itself.
 */
final class Labels {

    private final Map<String, String> themes = read("reference/feedback-themes.csv");

    String of(String code) {
        if (code.equals(View.LONDON)) {
            return "London";
        }
        if (code.equals(View.REST_OF_LONDON)) {
            return "Rest of London";
        }
        if (Borough.isKnown(code)) {
            return Borough.of(code).name();
        }
        if (themes.containsKey(code)) {
            return themes.get(code);
        }
        if (code.matches("[A-Z_]+")) {
            String words = code.replace('_', ' ').toLowerCase(Locale.UK);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return language(code);
    }

    /** A language by its English name ({@link Language#englishName()}); a code that is no language tag as itself. */
    private static String language(String code) {
        try {
            return Language.of(code).englishName();
        } catch (IllegalArgumentException notALanguage) {
            return code;
        }
    }

    private static Map<String, String> read(String resource) {
        InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference data: no classpath resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .map(line -> line.split(",", -1))
                    .filter(cells -> cells.length > 1 && !cells[1].isBlank())
                    .collect(Collectors.toUnmodifiableMap(
                            cells -> cells[0].strip(), cells -> cells[1].strip(), (a, b) -> a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
