package london.sanctuary.workspace.people;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.workspace.WorkspacePageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** An officer on a phone, signed in by name, finds nobody, enrols the person and records their consent. */
class PeopleBrowserTests extends WorkspacePageTest {

    @Autowired
    FakeConsentRecords consent;

    @Test
    void anOfficerEnrolsAPersonTheyCouldNotFindAndRecordsTheirConsent() {
        // given an officer signed in, who searches for someone not enrolled
        browser.driver.get(workspace("/people"));
        signInAs(browser, "newham.officer1");
        browser.driver.findElement(By.id("q")).sendKeys("Farid Rahimi");
        toNextPage("search");
        assertThat(browser.driver.findElement(By.id("no-results")).isDisplayed())
                .isTrue();
        Accessibility.assertNoSeriousViolations(browser.driver);

        // when they enrol them, first forgetting the languages
        toNextPage("enrol-link");
        browser.driver.findElement(By.id("name")).sendKeys("Farid Rahimi");
        toNextPage("enrol");
        String summary = browser.driver.findElement(By.id("error-summary")).getText();
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.findElement(By.id("preferredLanguages")).sendKeys("fa, en");
        toNextPage("enrol");

        // then they are on the person's page, and record consent to be contacted again
        assertThat(summary).contains("There is a problem");
        assertThat(browser.driver.findElement(By.id("person-name")).getText()).isEqualTo("Farid Rahimi");
        Accessibility.assertNoSeriousViolations(browser.driver);
        toNextPage("grant-RECONTACT");
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.findElement(By.id("method-WRITTEN")).click();
        toNextPage("record");
        assertThat(browser.driver.findElement(By.id("done")).getText()).isEqualTo("The consent was recorded.");
        assertThat(consent.calls).contains("grant RECONTACT WRITTEN ");
    }
}
