package london.sanctuary.workspace.people;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.workspace.WorkspacePageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer on a phone sees on the home page that people asked to be erased (decision 0066), opens the task (a
 * request older than a month marked overdue), goes to the oldest request's person and erases them; the request is
 * gone from the task.
 */
class ErasureRequestsBrowserTests extends WorkspacePageTest {

    @Autowired
    FakeConsentRecords consent;

    @Test
    void anOfficerSeesTheCountOpensTheTaskAndErasingThePersonEndsTheirRequest() {
        // given two people of Newham who asked on their own page, the first more than a month ago
        consent.erasureAsked.clear();
        String earlier = consent.add("newham", "Farid Rahimi", null, "fa").participantRef();
        String later = consent.add("newham", "Amira Haddad", null, "ar").participantRef();
        consent.erasureAsked.put(earlier, Instant.now().minus(Duration.ofDays(40)));
        consent.erasureAsked.put(later, Instant.now().minus(Duration.ofDays(1)));

        // when the officer signs in and follows the count from the home page
        browser.driver.get(workspace("/"));
        signInAs(browser, "newham.officer1");
        String count = browser.driver.findElement(By.id("waiting")).getText();
        Accessibility.assertNoSeriousViolations(browser.driver);
        toNextPage(browser.driver.findElement(By.linkText(count)));
        String firstRow = browser.driver
                .findElement(By.cssSelector("#erasure-requests tbody tr"))
                .getAttribute("id");
        String earlierDue =
                browser.driver.findElement(By.id("answer-by-" + earlier)).getText();
        String laterDue =
                browser.driver.findElement(By.id("answer-by-" + later)).getText();
        Accessibility.assertNoSeriousViolations(browser.driver);
        toNextPage(browser.driver.findElement(By.linkText(earlier)));
        toNextPage("erase");
        String confirming = browser.driver.getCurrentUrl();
        browser.driver.findElement(By.id("erase-now")).click();
        // the erasure's answer has loaded before the next address is asked for (else that one can cut the post off)
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> consent.calls.contains("erase")
                        && !browser.driver.getCurrentUrl().equals(confirming));
        browser.driver.get(workspace("/people/erasure-requests"));

        // then the oldest came first, and erasing ended that request only
        assertThat(count).isEqualTo("People who asked to be erased: 2");
        assertThat(firstRow).isEqualTo("request-" + earlier);
        assertThat(earlierDue).endsWith("Overdue");
        assertThat(laterDue).doesNotContain("Overdue").isNotBlank();
        assertThat(browser.driver.findElements(By.id("request-" + earlier))).isEmpty();
        assertThat(browser.driver.findElements(By.id("request-" + later))).hasSize(1);
        assertThat(consent.calls).contains("erase");
    }
}
