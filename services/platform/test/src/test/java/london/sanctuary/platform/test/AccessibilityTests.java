package london.sanctuary.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The axe-core check in a real headless Chromium, over two fixture pages that differ by one form label. */
class AccessibilityTests {

    static Browser browser;

    @BeforeAll
    static void openBrowser() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        browser = Browser.phone();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aFieldWithoutALabelFailsNamingTheRuleItsHelpAndTheField() {
        // given
        browser.driver.get(fixture("unlabelled-field.html"));

        // when / then
        assertThatThrownBy(() -> Accessibility.assertNoSeriousViolations(browser.driver))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unlabelled-field.html")
                .hasMessageContaining("- label (critical): Form elements must have labels")
                .hasMessageContaining("https://dequeuniversity.com/rules/axe/")
                .hasMessageContaining("at [#full-name]");
    }

    @Test
    void theSamePageWithTheLabelPasses() {
        // given
        browser.driver.get(fixture("labelled-field.html"));

        // when
        var violations = Accessibility.seriousViolations(browser.driver);

        // then
        assertThat(violations).isEmpty();
        Accessibility.assertNoSeriousViolations(browser.driver);
    }

    @Test
    void aPageCheckedAgainAfterItChangedIsJudgedAsItIsNow() {
        // given a page that passed, whose label is then taken away
        browser.driver.get(fixture("labelled-field.html"));
        assertThat(Accessibility.seriousViolations(browser.driver)).isEmpty();
        browser.script("document.querySelector('label[for=full-name]').remove()");

        // when / then
        assertThat(Accessibility.seriousViolations(browser.driver))
                .extracting(rule -> rule.getId())
                .containsExactly("label");
    }

    private static String fixture(String name) {
        try {
            return Path.of(AccessibilityTests.class
                            .getResource("/accessibility/" + name)
                            .toURI())
                    .toUri()
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
