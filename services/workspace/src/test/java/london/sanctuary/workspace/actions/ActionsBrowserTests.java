package london.sanctuary.workspace.actions;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import london.sanctuary.workspace.WorkspacePageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
        fitsThePhoneAndPassesAxe(waitFor("submit-raise"));
        browser.driver.findElement(By.cssSelector("label[for='themes']")).click();
        toNextPage("show-quotes");
        fitsThePhoneAndPassesAxe(waitFor("quotes-why"));
        browser.driver.findElement(By.cssSelector("label[for='pick-1']")).click();
        type("words." + FakeQuoteSource.ENGLISH.key(), "Breakfast ends at nine … before we are back");
        type("title", "Fresh food at the hotel");
        type("ownerTeam", "Housing needs");
        browser.script("document.getElementById('dueOn').value = '2026-12-31'");
        toNextPage("submit-raise");

        // when they add a note with evidence, agree it, complete it with English and Tigrinya, then reopen it
        fitsThePhoneAndPassesAxe(waitFor("status"));
        type("text", "Menu agreed with the hotel");
        type("evidence", "https://newham.gov.uk/minutes.pdf");
        toNextPage("add-note");
        toNextPage("move-AGREED"); // a proposed action is agreed before it is completed
        waitFor("statement-ti");
        type("statement", "We serve fresh food daily");
        type("statement-ti", "ሓድሽ መግቢ ኩሉ መዓልቲ");
        toNextPage("complete");
        fitsThePhoneAndPassesAxe(waitFor("submit-review"));
        browser.driver
                .findElement(By.cssSelector("label[for='outcome-reopen']"))
                .click();
        type("note", "The Tigrinya menu ran out");
        toNextPage("submit-review");

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
        fitsThePhoneAndPassesAxe(browser.driver.findElement(By.id("history")));

        browser.driver.get(workspace("/actions"));
        fitsThePhoneAndPassesAxe(waitFor("status-IN_PROGRESS"));
    }
}
