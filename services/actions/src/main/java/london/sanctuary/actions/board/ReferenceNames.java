package london.sanctuary.actions.board;

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
 * Names people read, from the shared reference lists: a theme's label ({@code reference/feedback-themes.csv})
 * and a language's own name ({@link Language#autonym()}). An unlisted theme shows as its code.
 */
public final class ReferenceNames {

    private final Map<String, String> themeLabels = read("reference/feedback-themes.csv", 1);

    public String theme(String code) {
        return themeLabels.getOrDefault(code, code);
    }

    public String autonym(Language language) {
        return language.autonym();
    }

    private static Map<String, String> read(String resource, int column) {
        InputStream in = ReferenceNames.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("reference data: no classpath resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .filter(cells -> cells.length > column)
                    .collect(Collectors.toUnmodifiableMap(cells -> cells[0].strip(), cells -> cells[column].strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
