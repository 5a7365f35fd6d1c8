package london.sanctuary.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * One of the 32 London boroughs or the City of London, by its short code ({@code newham},
 * {@code tower-hamlets}). Reference data: {@code reference/london-boroughs.csv}. One type from the HTTP path to the
 * event: it reads and writes as its code ({@code "newham"}), and Spring MVC converts a path variable through
 * {@link #of(String)}.
 */
public record Borough(String code) {

    private static final Map<String, List<String>> ROWS = ReferenceData.rows("reference/london-boroughs.csv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row.get(0), Function.identity()));

    public Borough {
        if (code == null || !ROWS.containsKey(code)) {
            throw new InvalidValue("borough", "must be a London borough code such as barnet");
        }
    }

    /** From its code: a path variable, a JSON field. Spring MVC and Jackson both convert through this. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Borough of(String code) {
        return new Borough(code);
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    /** All 33, in the order of their GSS codes. */
    public static List<Borough> all() {
        return ROWS.keySet().stream()
                .map(Borough::new)
                .sorted(java.util.Comparator.comparing(Borough::gssCode))
                .toList();
    }

    public static boolean isKnown(String code) {
        return code != null && ROWS.containsKey(code);
    }

    /** The ONS GSS code, e.g. {@code E09000025} for Newham. */
    public String gssCode() {
        return ROWS.get(code).get(1);
    }

    /** The display name, e.g. {@code Tower Hamlets}. */
    public String name() {
        return ROWS.get(code).get(2);
    }
}
