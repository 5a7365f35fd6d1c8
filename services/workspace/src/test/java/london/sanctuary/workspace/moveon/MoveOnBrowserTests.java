package london.sanctuary.workspace.moveon;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import london.sanctuary.workspace.WorkspacePageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A move-on officer on a phone (390 px), in real Chromium: finds Amina, sees she agreed to share her record on a
 * move, sends Newham → Barnet after checking the answers, sees it in the list with its clock, and cancels another.
 * Every page passes axe-core and none scrolls sideways.
 */
class MoveOnBrowserTests extends WorkspacePageTest {

    SentReferral toLambeth;

    @BeforeEach
    void aReferralAlreadySent() {
        FakeMoveOn.reset();
        toLambeth = FakeMoveOn.alreadySent(
                "lambeth", "RECEIVED", Duration.ofDays(1).plusHours(3).plusMinutes(30));
    }

    @Test
    void aMoveOnOfficerSendsAminaToBarnetOnAPhoneSeesItsClockAndCancelsAnother() {
        // given the move-on officer signed in, finding Amina
        browser.driver.get(workspace("/move-on/new"));
        signInAs(browser, "newham.moveon");
        fitsThePhoneAndPassesAxe(waitFor("q"));
        browser.driver.findElement(By.id("q")).sendKeys("Amina" + Keys.ENTER);
        fitsThePhoneAndPassesAxe(waitFor("results"));
        toNextPage(browser.driver.findElement(By.partialLinkText("Amina Yusuf")));

        // when they see her consent, fill in the referral, check it and send it
        String consent = waitFor("share-on-move").getText();
        fitsThePhoneAndPassesAxe(browser.driver.findElement(By.id("person")));
        new Select(browser.driver.findElement(By.id("toBorough"))).selectByVisibleText("Barnet");
        browser.script("document.getElementById('moveDate').value = '2026-12-10'");
        browser.driver.findElement(By.cssSelector("label[for=reason]")).click();
        browser.driver.findElement(By.cssSelector("label[for=support-ESOL]")).click();
        new Select(browser.driver.findElement(By.id("urgency-ESOL"))).selectByValue("SOON");
        toNextPage("continue");
        String answers = waitFor("answers").getText();
        fitsThePhoneAndPassesAxe(browser.driver.findElement(By.id("send")));
        toNextPage("send");

        // then the list says so, with the clock of each referral in words
        String done = waitFor("done").getText();
        String list = browser.driver.findElement(By.id("referrals")).getText();
        fitsThePhoneAndPassesAxe(browser.driver.findElement(By.id("referrals")));
        assertThat(consent).contains("They have agreed to share their record if they move borough.");
        assertThat(answers).contains("Amina Yusuf", "Barnet", "10 December 2026", "Dispersal by the Home Office");
        assertThat(answers).contains("English classes (ESOL): Soon");
        assertThat(done).isEqualTo("Referral sent to Barnet");
        assertThat(list).contains("Barnet", "answer due in 7 days", "Lambeth", "answer due in 1 day 3 hours");
        assertThat(FakeMoveOn.REFERRALS.calls).containsExactly("send barnet");

        // and when they cancel the one to Lambeth, after confirming
        toNextPage(browser.driver.findElement(
                By.cssSelector("#referral-" + toLambeth.referralId() + " .govuk-summary-card__action a")));
        fitsThePhoneAndPassesAxe(waitFor("history"));
        toNextPage("cancel-link");
        fitsThePhoneAndPassesAxe(waitFor("confirm-cancel"));
        toNextPage("confirm-cancel");

        // then it is cancelled
        assertThat(waitFor("done").getText()).isEqualTo("Referral to Lambeth cancelled");
        assertThat(FakeMoveOn.REFERRALS.sent.get(toLambeth.referralId()).status())
                .isEqualTo("CANCELLED");
    }

    @Test
    void onAPhoneTheSupportBarnetTookOnNamesItsDirectoryServiceWithItsContact() {
        // given Barnet took GP registration on with a service of its directory it named, and ESOL with another
        SentReferral toBarnet = FakeMoveOn.alreadySent("barnet", "IN_PROGRESS", Duration.ofDays(3));

        // when the move-on officer opens the referral
        browser.driver.get(workspace("/move-on/" + toBarnet.referralId()));
        signInAs(browser, "newham.moveon");
        WebElement takenOn = waitFor("taken-on");

        // then each item reads in words, the directory service with its website and phone, and it fits the phone
        fitsThePhoneAndPassesAxe(takenOn);
        assertThat(takenOn.getText())
                .contains("Registering with a GP: taken on by " + FakeMoveOn.GP_SERVICE + " (Barnet Federated GPs)")
                .contains(FakeMoveOn.GP_SERVICE + "’s website", "Phone: 020 8359 2000")
                .contains("English classes (ESOL): another local service");
        assertThat(browser.driver.findElements(By.id("taken-on-which"))).isEmpty();
    }
}
