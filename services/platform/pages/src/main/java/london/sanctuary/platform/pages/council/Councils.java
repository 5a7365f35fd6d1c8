package london.sanctuary.platform.pages.council;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;

/**
 * A borough's {@link Council} for the public pages' footer: its settings ({@link CouncilSettings}) over the
 * reference list {@code sanctuary/councils.csv} (the 33 London councils' names and websites). A privacy notice not
 * set is the website's {@code /privacy}; a council not on the list is "{@code <borough name>} Council".
 */
public final class Councils {

    private static final Map<String, String[]> LISTED = read();
    private final CouncilSettings settings;

    public Councils(CouncilSettings settings) {
        this.settings = settings;
    }

    public Council of(Borough borough) {
        CouncilSettings.Entry set = settings.councils().get(borough.code());
        String[] listed = LISTED.getOrDefault(borough.code(), new String[] {
            borough.name() + " Council", "https://www." + borough.code().replace("-", "") + ".gov.uk"
        });
        String website = or(set == null ? null : set.website(), listed[1]);
        return set == null
                ? new Council(listed[0], website, website + "/privacy", null, null, null)
                : new Council(
                        or(set.name(), listed[0]),
                        website,
                        or(set.privacy(), website + "/privacy"),
                        set.phone(),
                        set.email(),
                        set.address());
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static Map<String, String[]> read() {
        InputStream in = Councils.class.getClassLoader().getResourceAsStream("sanctuary/councils.csv");
        if (in == null) {
            throw new IllegalStateException("reference data: no classpath resource sanctuary/councils.csv");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .collect(Collectors.toUnmodifiableMap(
                            cells -> cells[0].strip(), cells -> new String[] {cells[1].strip(), cells[2].strip()}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
