package london.sanctuary.contracts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A BCP 47 language tag, kept in the canonical case {@link Locale#toLanguageTag()} gives ({@code ar},
 * {@code zh-Hans}). Accepted only if well formed: letters, digits and hyphens, matching the contracts' language
 * pattern, surviving a round trip through {@link Locale#forLanguageTag(String)}, and not {@code und}.
 */
public record Language(String tag) {

    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    private static final List<List<String>> ROWS = ReferenceData.rows("reference/languages.csv");
    private static final Map<String, List<String>> BY_TAG =
            ROWS.stream().collect(Collectors.toUnmodifiableMap(row -> row.get(0).toLowerCase(Locale.ROOT), row -> row));
    private static final Map<String, Boolean> RIGHT_TO_LEFT = ROWS.stream()
            .collect(Collectors.toUnmodifiableMap(
                    row -> row.get(0).toLowerCase(Locale.ROOT), row -> "rtl".equals(row.get(3))));
    /** After {@code SHAPE}: each is checked as any language is. */
    private static final List<Language> KNOWN =
            ROWS.stream().map(row -> new Language(row.get(0))).toList();

    public Language {
        if (tag == null || !SHAPE.matcher(tag).matches()) {
            throw new IllegalArgumentException("language: '" + tag + "' is not a BCP 47 language tag");
        }
        String canonical = Locale.forLanguageTag(tag).toLanguageTag();
        if ("und".equals(canonical) || !canonical.equalsIgnoreCase(tag)) {
            throw new IllegalArgumentException("language: '" + tag + "' is not a BCP 47 language tag");
        }
        tag = canonical;
    }

    public static Language of(String tag) {
        return new Language(tag);
    }

    /** The languages in {@code reference/languages.csv}, in the file's order. */
    public static List<Language> known() {
        return KNOWN;
    }

    /** The language of the reference list with exactly this tag ({@code ar}, {@code zh-Hans}); empty for any other. */
    public static Optional<Language> known(String tag) {
        return KNOWN.stream().filter(l -> l.tag().equals(tag)).findFirst();
    }

    /**
     * Whether the script runs right to left, from the reference list: by the whole tag, else by its primary
     * language ({@code ar-SY} as {@code ar}); false for languages not on the list.
     */
    public boolean rightToLeft() {
        String key = tag.toLowerCase(Locale.ROOT);
        Boolean exact = RIGHT_TO_LEFT.get(key);
        if (exact != null) {
            return exact;
        }
        return RIGHT_TO_LEFT.getOrDefault(Locale.forLanguageTag(tag).getLanguage(), false);
    }

    /** The English name from the reference list ({@code Farsi (Persian)}), else Java's English name for the tag. */
    public String englishName() {
        List<String> row = BY_TAG.get(tag.toLowerCase(Locale.ROOT));
        return row != null ? row.get(1) : Locale.forLanguageTag(tag).getDisplayName(Locale.UK);
    }

    /** The language's name in itself ({@code فارسی}) from the reference list, else its English name. */
    public String autonym() {
        List<String> row = BY_TAG.get(tag.toLowerCase(Locale.ROOT));
        return row != null ? row.get(2) : englishName();
    }
}
