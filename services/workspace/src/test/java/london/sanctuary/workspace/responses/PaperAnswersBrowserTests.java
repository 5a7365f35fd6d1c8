package london.sanctuary.workspace.responses;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static london.sanctuary.workspace.responses.FakeResponses.BOOK;
import static london.sanctuary.workspace.responses.FakeResponses.FORM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.workspace.WorkspacePageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * On a phone, in real Chromium: an officer types three paper sheets in Tigrinya, Enter between them, themes the
 * three at once and adds a staff translation beside one answer.
 */
class PaperAnswersBrowserTests extends WorkspacePageTest {

    @BeforeEach
    void freshBook() {
        BOOK.reset();
    }

    WebElement label(String forId) {
        return browser.driver.findElement(By.cssSelector("label[for='" + forId + "']"));
    }

    @Test
    void threeSheetsTypedWithEnterBetweenAreThemedAtOnceAndOneIsTranslated() {
        // given an officer on the paper page, the form and Tigrinya chosen once
        browser.driver.get(workspace("/responses/paper?formId=" + FORM));
        signInAs(browser, "newham.officer1");
        label("language-ti").click();
        toNextPage(waitFor("start"));
        Accessibility.assertNoSeriousViolations(browser.driver);
        waitFor("capturedOn");
        browser.script("document.getElementById('capturedOn').value = arguments[0]", "2026-11-23");

        // when three sheets are typed, Enter after each
        List<String> written = List.of("ዝሑል ክፍሊ", "ዝበለጸ መግቢ", "ብዙሕ ክፍልታት");
        for (int sheet = 0; sheet < 3; sheet++) {
            WebElement first = browser.driver.switchTo().activeElement();
            assertThat(first.getAttribute("id")).isEqualTo("answers.q1");
            first.sendKeys(written.get(sheet) + Keys.ENTER);
            assertThat(waitFor("saved").getText()).isEqualTo("Sheet " + (sheet + 1) + " saved");
        }
        String dayKept = browser.driver.findElement(By.id("capturedOn")).getAttribute("value");
        Accessibility.assertNoSeriousViolations(browser.driver);

        // and they are themed at once from the list
        browser.driver.get(workspace("/responses?formId=" + FORM));
        browser.driver
                .findElements(By.cssSelector("label[for=responseIds], label[for^=select-]"))
                .forEach(WebElement::click);
        label("themes").click(); // the first theme: food
        toNextPage(waitFor("add-themes"));
        waitFor("results");

        // and one answer gets a staff translation beside it
        String id = BOOK.responses.keySet().iterator().next();
        browser.driver.findElement(By.id("text-" + id + "-q1")).sendKeys("The hotel room is cold");
        browser.driver.findElement(By.id("translate-" + id + "-q1")).click();
        WebElement translation = waitFor("translation-" + id + "-q1");

        // then
        assertThat(BOOK.sheets)
                .extracting(s -> s.get("capturedOn"))
                .containsExactly("2026-11-23", "2026-11-23", "2026-11-23");
        assertThat(dayKept).isEqualTo("2026-11-23");
        assertThat(BOOK.responses.values())
                .allSatisfy(r -> assertThat(r.themes()).containsExactly("food"));
        assertThat(translation.getText()).contains("Staff translation", "The hotel room is cold");
        assertThat(browser.driver
                        .findElement(By.xpath("//p[@lang='ti' and text()='ዝሑል ክፍሊ']"))
                        .isDisplayed())
                .isTrue();
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390L);
        Accessibility.assertNoSeriousViolations(browser.driver);
    }
}
