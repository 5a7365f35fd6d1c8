package london.sanctuary.feedback.theme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The starting theme list every borough gets: {@code reference/feedback-themes.csv} from the contracts. */
public final class ThemeSeeds {

    static final String RESOURCE = "reference/feedback-themes.csv";

    private ThemeSeeds() {}

    public static List<Theme> reference() {
        InputStream in = ThemeSeeds.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("reference data: no classpath resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .map(cells -> new Theme(cells[0].strip(), cells[1].strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
