package london.sanctuary.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import london.sanctuary.contracts.Language;
import org.springframework.http.HttpHeaders;

/**
 * Which of a page's languages to show (a form's, or those the public pages are worded in): the one asked for
 * ({@code ?lang=ar}) if offered, else the first language of the browser's {@code Accept-Language} (by weight)
 * offered — matching a regional tag by its primary language — else English. The one resolver of every public page.
 */
public final class LanguageChoice {

    static final Language ENGLISH = Language.of("en");

    private LanguageChoice() {}

    /**
     * The languages the public pages' own wording (each service's {@code messages*} bundles) is written in: every
     * language of the reference list (each service's wording tests fail when a bundle is missing or lacks a key).
     */
    public static List<Language> worded() {
        return Language.known();
    }

    /** Whether the pages' wording exists in {@code language} (or its primary language); else it shows English. */
    public static boolean isWorded(Language language) {
        return offeredAs(language.tag(), worded()).isPresent();
    }

    /** A page in the pages' wording for someone not known yet: {@code ?lang=}, else the browser's, else English. */
    public static Language asked(String requested, HttpServletRequest request) {
        return choose(requested, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), worded());
    }

    public static Language choose(String requested, String acceptLanguage, List<Language> offered) {
        return offeredAs(requested, offered)
                .or(() -> fromBrowser(acceptLanguage, offered))
                .orElse(ENGLISH);
    }

    private static Optional<Language> fromBrowser(String acceptLanguage, List<Language> offered) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> offeredAs(range.getRange(), offered))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The offered language {@code tag} names, exactly (case aside) or by its primary language. */
    static Optional<Language> offeredAs(String tag, List<Language> offered) {
        if (tag == null || tag.isBlank() || tag.equals("*")) {
            return Optional.empty();
        }
        String wanted = tag.strip().toLowerCase(Locale.ROOT);
        String primary = wanted.split("-")[0];
        return offered.stream()
                .filter(l -> l.tag().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst()
                .or(() -> offered.stream()
                        .filter(l -> l.tag().toLowerCase(Locale.ROOT).equals(primary))
                        .findFirst());
    }
}
