package london.sanctuary.platform.test;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's bundled copy, run inside the page by Selenium) over the page a {@link Browser} shows: the WCAG
 * 2.0, 2.1 and 2.2 A and AA rules, failing on any violation whose impact is serious or critical (decision 0032).
 * The failure names each rule, its help text and link, why each element fails and the element's selector; it never
 * quotes the page's HTML, which may hold a person's details.
 *
 * <p>A page test declares {@code com.deque.html.axe-core:selenium} beside {@code selenium-java} (both optional
 * here) and calls {@link #assertNoSeriousViolations(WebDriver)} once the page has settled.
 */
public final class Accessibility {

    /** The axe-core tags of WCAG 2.2 level AA: every A and AA rule of 2.0, 2.1 and 2.2. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {}

    /** Fails, naming every rule broken, when the page has a serious or critical WCAG 2.2 A or AA violation. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        List<Rule> violations = seriousViolations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(driver.getCurrentUrl(), violations));
        }
    }

    /** The serious and critical WCAG 2.2 A and AA violations on the page the driver shows. */
    public static List<Rule> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder()
                .withOptions(violationsInDetail())
                .withTags(WCAG_22_AA)
                .setLegacyMode(true)
                .analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
    }

    /**
     * Only the violations in detail (axe reports one element of each other kind of result), and run in the page itself
     * ("legacy mode"): by default the library runs axe in the page, then opens a blank window, injects axe a second
     * time there and joins the results in it, an extra tab and half a megabyte of script on every check, for the
     * sake of iframes on other origins, which no page of ours has. Decision 0080.
     */
    private static AxeRunOptions violationsInDetail() {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return options;
    }

    private static String describe(String url, List<Rule> violations) {
        return violations.stream()
                .map(Accessibility::describe)
                .collect(Collectors.joining(
                        "\n",
                        violations.size() + " serious or critical accessibility violation(s) on " + url + "\n",
                        ""));
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(Accessibility::describe).collect(Collectors.joining("\n"));
        return "- %s (%s): %s <%s>\n%s"
                .formatted(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), nodes);
    }

    private static String describe(CheckedNode node) {
        String why =
                node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " ");
        return "    at " + node.getTarget() + ": " + why;
    }
}
