package london.sanctuary.workspace.actions;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.workspace.WorkspacePageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "You said, we did" in real Chromium on a phone (390 px): raise an action from a theme, add a note with evidence,
 * pick a quote trimmed to the person's own words, complete it in English and Tigrinya, review and reopen it; axe-core on each page.
 */
class ActionsBrowserTests extends WorkspacePageTest {

    @Autowired
    FakeActionBoard board;

    @Autowired
    FakeQuoteSource feedback;

    @BeforeEach
    void freshBoard() {
        board.reset();
        feedback.reset();
    }

    @Test
    void anOfficerRaisesNotesCompletesInTwoLanguagesAndReopensAnActionOnAPhone() {
        // given an officer signed in, raising an action from the food theme
        browser.driver.get(workspace("/actions/new"));
        signInAs(browser, "newham.officer1");
        waitFor("submit-raise");
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.findElement(By.cssSelector("label[for='themes']")).click();
        browser.driver.findElement(By.id("show-quotes")).click();
        waitFor("quotes-why");
        Accessibility.assertNoSeriousViolations(browser.driver);
        assertFitsThePhone();
        browser.driver.findElement(By.cssSelector("label[for='pick-1']")).click();
        type("words." + FakeQuoteSource.ENGLISH.key(), "Breakfast ends at nine … before we are back");
        type("title", "Fresh food at the hotel");
        type("ownerTeam", "Housing needs");
        browser.script("document.getElementById('dueOn').value = '2026-12-31'");
        browser.driver.findElement(By.id("submit-raise")).click();

        // when they add a note with evidence, agree it, complete it with English and Tigrinya, then reopen it
        waitFor("status");
        Accessibility.assertNoSeriousViolations(browser.driver);
        type("text", "Menu agreed with the hotel");
        type("evidence", "https://newham.gov.uk/minutes.pdf");
        browser.driver.findElement(By.id("add-note")).click();
        waitFor("move-AGREED").click(); // a proposed action is agreed before it is completed
        waitFor("statement-ti");
        type("statement", "We serve fresh food daily");
        type("statement-ti", "ሓድሽ መግቢ ኩሉ መዓልቲ");
        browser.driver.findElement(By.id("complete")).click();
        waitFor("submit-review");
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver
                .findElement(By.cssSelector("label[for='outcome-reopen']"))
                .click();
        type("note", "The Tigrinya menu ran out");
        browser.driver.findElement(By.id("submit-review")).click();

        // then the service was asked each step, and the page shows it in progress with its history
        waitFor("complete");
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("In progress");
        String history = browser.driver.findElement(By.id("history")).getText();
        assertThat(history).contains("Progress note", "Completed", "Reviewed: reopened", "The Tigrinya menu ran out");
        assertThat(browser.driver
                        .findElement(By.linkText("https://newham.gov.uk/minutes.pdf"))
                        .getAttribute("href"))
                .isEqualTo("https://newham.gov.uk/minutes.pdf");
        assertThat(board.calls)
                .extracting(c -> c.get("call"))
                .containsExactly("raise", "quote", "note", "status", "completion", "review");
        assertThat(board.calls.get(1).get("text")).isEqualTo("Breakfast ends at nine … before we are back");
        assertThat(browser.driver.findElement(By.id("picked")).getText())
                .contains("Breakfast ends at nine … before we are back");
        assertThat(board.calls.get(4).get("statement"))
                .isEqualTo(Map.of("en", "We serve fresh food daily", "ti", "ሓድሽ መግቢ ኩሉ መዓልቲ"));
        Accessibility.assertNoSeriousViolations(browser.driver);
        assertFitsThePhone();

        browser.driver.get(workspace("/actions"));
        waitFor("status-IN_PROGRESS");
        Accessibility.assertNoSeriousViolations(browser.driver);
        assertFitsThePhone();
    }

    private void assertFitsThePhone() {
        Object width = browser.script("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
    }

    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private WebElement waitFor(String id) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
