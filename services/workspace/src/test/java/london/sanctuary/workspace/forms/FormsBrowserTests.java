package london.sanctuary.workspace.forms;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.workspace.WorkspacePageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An officer writes a form in English and Tigrinya on a phone, previews it in Tigrinya, publishes and prints it. */
class FormsBrowserTests extends WorkspacePageTest {

    @BeforeEach
    void freshForms() {
        FakeForms.API.reset();
        FakeForms.API.forms.clear();
    }

    @Test
    void anOfficerWritesAFormInEnglishAndTigrinyaPreviewsItInTigrinyaPublishesAndPrintsIt() {
        // given an officer on the new form's page, on a phone
        browser.driver.get(workspace("/forms/new"));
        signInAs(browser, "newham.officer1");
        waitFor("form-editor");
        Accessibility.assertNoSeriousViolations(browser.driver);

        // when they tick Tigrinya, write the title and a question in both, and add a yes/no question
        browser.driver.findElement(By.cssSelector("label[for='language-ti']")).click();
        toNextPage("show-languages");
        waitFor("title.ti");
        type("title.en", "How was the open house?");
        type("title.ti", "ከመይ ነይሩ እቲ ክፉት ገዛ?");
        type("questions[0].text.en", "What should we change?");
        type("questions[0].text.ti", "እንታይ ክንቅይር ኣለና?");
        toNextPage("add-SINGLE_CHOICE");
        waitFor("questions[1].choices.ti");
        type("questions[1].text.en", "Did you feel welcome?");
        type("questions[1].choices.en", "Yes\nNo");
        type("questions[1].choices.ti", "እወ\nኣይፋል");
        Accessibility.assertNoSeriousViolations(browser.driver);
        long overflow = (Long)
                browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        toNextPage("save");

        // then the form's page warns of the missing Tigrinya question and offers Tigrinya
        String missing = waitFor("missing").getText();
        assertThat(missing).contains("No Tigrinya wording for question 2");
        assertThat(waitFor("status").getText()).isEqualTo("Draft");
        Accessibility.assertNoSeriousViolations(browser.driver);

        // when they preview it in Tigrinya
        toNextPage("preview-ti");
        WebElement preview = waitFor("preview");

        // then it reads as the participant would see it, English fallbacks marked
        assertThat(preview.getAttribute("lang")).isEqualTo("ti");
        assertThat(preview.getText()).contains("ከመይ ነይሩ እቲ ክፉት ገዛ?", "እንታይ ክንቅይር ኣለና?", "እወ", "Did you feel welcome?");
        assertThat(preview.findElement(By.xpath(".//*[text()='Did you feel welcome?']"))
                        .getAttribute("lang"))
                .isEqualTo("en");
        Accessibility.assertNoSeriousViolations(browser.driver);

        // when they go back, publish, and fetch the Tigrinya paper version
        browser.driver.navigate().back();
        toNextPage("publish");
        String status = waitFor("status").getText();
        String href = browser.driver.findElement(By.id("print-ti")).getAttribute("href");
        Object type = browser.driver.executeAsyncScript(
                "const done = arguments[1]; fetch(arguments[0]).then(r => done(r.status + ' '"
                        + " + r.headers.get('content-type')));",
                href);

        // then
        assertThat(status).isEqualTo("Open");
        assertThat(type).isEqualTo("200 application/pdf");
        assertThat(overflow).isLessThanOrEqualTo(0);
        assertThat(FakeForms.API.calls)
                .contains(
                        "publication " + FakeForms.API.forms.keySet().iterator().next());
        assertThat(FakeForms.API.calls).anyMatch(c -> c.startsWith("paper ") && c.endsWith(" ti"));
        Accessibility.assertNoSeriousViolations(browser.driver);
    }
}
