package london.sanctuary.platform.test;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import london.sanctuary.contracts.Language;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Fails when English wording appears unmarked on a page in another language: a text (in the document, the title
 * included) whose nearest {@code lang} is not English and that holds the English value of one of the page's
 * bundles. A value the language's own bundle has unchanged (a word both languages share) is not English that
 * leaked; nor is a value shorter than four letters, or the parts of a value between its {@code {0}} arguments
 * shorter than that. Runs in the browser, on the page as shown.
 */
public final class UnmarkedEnglish {

    private static final int SHORTEST = 4;
    private static final String FIND = """
            const needles = arguments[0], found = [];
            const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const parent = node.parentElement;
              if (!parent || parent.closest('script, style, noscript')) continue;
              const text = node.textContent.replace(/\\s+/g, ' ').trim();
              if (!text) continue;
              const marked = parent.closest('[lang]');
              const lang = marked ? marked.getAttribute('lang').toLowerCase() : '';
              if (lang === 'en' || lang.startsWith('en-')) continue;
              for (const needle of needles) {
                if (text.includes(needle)) found.push('<' + parent.tagName.toLowerCase() + ' lang="' + lang
                    + '">: "' + needle + '"');
              }
            }
            return found;""";

    private UnmarkedEnglish() {}

    /**
     * Fails naming each element (its tag and nearest {@code lang}) and the English value it holds, when the page
     * the driver shows has English of {@code bundles} unmarked; {@code language} is the page's language.
     */
    public static void assertNone(WebDriver driver, Language language, PageWording... bundles) {
        List<String> found = find(driver, englishOnly(language, bundles));
        if (!found.isEmpty()) {
            throw new AssertionError("English without lang=\"en\" on the " + language.tag() + " page "
                    + driver.getCurrentUrl() + ":\n" + String.join("\n", found));
        }
    }

    /** The texts of the page holding one of {@code english}, where no {@code lang="en"} marks them. */
    @SuppressWarnings("unchecked")
    public static List<String> find(WebDriver driver, Collection<String> english) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(FIND, List.copyOf(english));
    }

    /** The English values of {@code bundles} that {@code language}'s bundles do not also have, in pieces. */
    public static Set<String> englishOnly(Language language, PageWording... bundles) {
        Set<String> english = new TreeSet<>();
        for (PageWording bundle : bundles) {
            Collection<Object> shared = bundle.translated(language).values();
            bundle.english().values().stream()
                    .filter(value -> !shared.contains(value))
                    .flatMap(value -> Arrays.stream(((String) value).split("\\{\\d+}")))
                    .map(String::strip)
                    .filter(piece -> piece.codePointCount(0, piece.length()) >= SHORTEST)
                    .forEach(english::add);
        }
        return english;
    }
}
