package london.sanctuary.local.demo;

import java.util.Locale;

/**
 * How much demo data the local platform loads into a borough that has none ({@code sanctuary.local.demo-data}): the
 * whole set people are shown, a small one for tests that need every kind of record but not a year of them, or none.
 *
 * @param weeksBack weeks of past sessions, one a week, before the three to come
 * @param responsesPerForm feedback answers to each of a borough's two forms
 */
public record DemoSize(int weeksBack, int responsesPerForm) {

    public static final DemoSize FULL = new DemoSize(52, 350);
    public static final DemoSize SMALL = new DemoSize(8, 40);
    public static final DemoSize NONE = new DemoSize(0, 0);

    public boolean loads() {
        return !equals(NONE);
    }

    /** {@code true} or {@code full}, {@code small}, {@code false} or {@code none}; anything else names the key. */
    public static DemoSize parse(String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "full" -> FULL;
            case "small" -> SMALL;
            case "false", "none" -> NONE;
            default ->
                throw new IllegalArgumentException(
                        key + " is '" + value + "': it must be true (the whole demo), small or false (none)");
        };
    }
}
