package london.sanctuary.platform.test;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.OperationNotSupportedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's bundled copy) run inside the page a {@link Browser} shows: the WCAG 2.0, 2.1 and 2.2 A and AA
 * rules, failing on any violation whose impact is serious or critical (decision 0032). The failure names each rule,
 * its help text and link, why each element fails and the element's selector; it never quotes the page's HTML, which
 * may hold a person's details.
 *
 * <p>A page test declares {@code com.deque.html.axe-core:selenium} beside {@code selenium-java} (both optional
 * here) and calls {@link #assertNoSeriousViolations(WebDriver)} once the page has settled.
 *
 * <p>The script is put into a page once and run there directly, its results read back as one string into the
 * library's own {@link Results}, rather than through the library's {@code AxeBuilder}, which spent two to four
 * times as long as axe itself around each check (decision 0084). Our pages have no frames, so only the top document
 * is checked.
 */
public final class Accessibility {

    /** The axe-core tags of WCAG 2.2 level AA: every A and AA rule of 2.0, 2.1 and 2.2. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final String AXE = axeScript();
    /** Only the violations in detail: axe reports one element of each other kind of result. */
    private static final String RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            + "   .then(results => done(JSON.stringify(results)), error => done('failed: ' + error));";

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe?.run === 'function'"))) {
            page.executeScript(AXE);
        }
        String answer = (String) page.executeAsyncScript(RUN, WCAG_22_AA);
        if (answer.startsWith("failed: ")) {
            throw new AssertionError("axe-core could not check " + driver.getCurrentUrl() + ": " + answer);
        }
        Results results;
        try {
            results = JSON.readValue(answer, Results.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("axe-core's results for " + driver.getCurrentUrl() + " could not be read", e);
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
    }

    private static String axeScript() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not on the class path", e);
        }
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
