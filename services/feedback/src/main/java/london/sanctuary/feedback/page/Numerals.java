package london.sanctuary.feedback.page;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.contracts.Language;

/**
 * Numbers as the language writes them, from the JDK's CLDR data: {@code ۵} in Farsi, Dari and Pashto, {@code ٥} in
 * Arabic and Sorani, {@code ৫} in Bengali, {@code 5} where CLDR says Latin digits (Urdu, Tigrinya …). Dari, which
 * the JDK does not know by its own tag, is written as Afghan Persian ({@code fa-AF}).
 */
public final class Numerals {

    private static final Map<String, String> FORMATTED_AS = Map.of("prs", "fa-AF");

    private Numerals() {}

    public static String of(long number, Language language) {
        Locale locale = Locale.forLanguageTag(FORMATTED_AS.getOrDefault(language.tag(), language.tag()));
        return NumberFormat.getIntegerInstance(locale).format(number);
    }
}
