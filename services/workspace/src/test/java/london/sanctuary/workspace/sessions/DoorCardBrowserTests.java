package london.sanctuary.workspace.sessions;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.ScannedQr;
import london.sanctuary.workspace.WorkspacePageTest;
import london.sanctuary.workspace.people.FakeConsentRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At the door, in real Chromium on a phone: an officer prints a person's one card (their personal link, decision
 * 0063), and its QR code, typed as a keyboard-wedge scanner types it or read by the camera, or the code printed under
 * it, checks the person in.
 */
class DoorCardBrowserTests extends WorkspacePageTest {

    static final String DOOR = "/sessions/" + FakeSessions.FORUM + "/check-in";

    @Autowired
    CardCodes cards;

    @Autowired
    FakeConsentRecords consent;

    @BeforeEach
    void freshDiary() {
        FakeSessions.DIARY.reset();
        FakeSessions.CARDS.reset();
    }

    @Test
    void anOfficerPrintsThePersonsOneCardAndItsQrCodeReadAtTheDoorChecksThemIn() {
        // given an officer signed in, who prints Bilal's card (his own link) from his page
        consent.addAs(FakeSessions.BILAL, "newham", "Bilal Osman", "07700 900456", "ti");
        browser.driver.get(workspace("/people/" + FakeSessions.BILAL));
        signInAs(browser, "newham.officer1");
        waitFor("link-card").click();
        String qr = ScannedQr.text(waitFor("card-qr").getAttribute("src"));
        String code = waitFor("card-code").getText();
        FakeSessions.CARDS.live.put(qr.substring(qr.length() - 43), FakeSessions.BILAL); // as consent issued it
        assertThat(browser.script("return document.getElementById('card-qr').naturalWidth"))
                .isEqualTo(400L); // the data: image is allowed by the CSP
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        boolean headerPrinted =
                browser.driver.findElement(By.cssSelector(".govuk-header")).isDisplayed();
        boolean whoseCardPrinted = browser.driver.findElement(By.id("card-for")).isDisplayed();
        String printed = browser.driver.findElement(By.id("card")).getText();
        long printedWidth = browser.driver.findElement(By.id("card")).getRect().getWidth();
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // when a scanner types what its QR code holds (the link) into the door's scan field, and Enter
        browser.driver.get(workspace(DOOR));
        Accessibility.assertNoSeriousViolations(browser.driver);
        String focused = browser.driver.switchTo().activeElement().getAttribute("id");
        boolean camera = Boolean.TRUE.equals(browser.script("return 'BarcodeDetector' in window"));
        boolean cameraOffered = browser.driver.findElement(By.id("use-camera")).isDisplayed();
        browser.driver.findElement(By.id("card")).sendKeys(qr + Keys.ENTER);

        // then the person is checked in, with the same call as ticking their name
        assertThat(waitFor("checked-in").getText()).contains("Bilal Osman is checked in.");
        assertThat(FakeSessions.DIARY.calls).containsExactly("attendance " + FakeSessions.BILAL);
        assertThat(qr).isEqualTo(consent.printed);
        assertThat(code).isEqualTo(cards.of("newham", FakeSessions.BILAL).printed());
        assertThat(printed).contains("Newham", code).doesNotContain("Bilal", "Osman");
        assertThat(headerPrinted).isFalse();
        assertThat(whoseCardPrinted).isFalse();
        assertThat(printedWidth).isBetween(300L, 330L); // 85.6 mm, a bank card
        assertThat(focused).isEqualTo("card");
        assertThat(cameraOffered).isEqualTo(camera);
        assertThat(browser.driver.getPageSource()).doesNotContain(qr);
        Accessibility.assertNoSeriousViolations(browser.driver);
    }

    @Test
    void theCodePrintedUnderTheQrCodeTypedAtTheDoorChecksThePersonInToo() {
        // given an officer at the door, and Bilal's card code
        browser.driver.get(workspace(DOOR));
        signInAs(browser, "newham.officer1");
        String code = cards.of("newham", FakeSessions.BILAL).printed();

        // when they type it
        waitFor("card").sendKeys(code + Keys.ENTER);

        // then
        assertThat(waitFor("checked-in").getText()).contains("Bilal Osman is checked in.");
        assertThat(FakeSessions.DIARY.calls).containsExactly("attendance " + FakeSessions.BILAL);
    }

    @Test
    void aCardOfSomeoneNotRegisteredIsExplainedInArabicNamingTheField() {
        // given an officer in Arabic at the door
        browser.driver.get(workspace(DOOR + "?lang=ar"));
        signInAs(browser, "newham.officer1");
        waitFor("card");

        // when they scan the card of someone in the borough not registered for this session
        browser.driver
                .findElement(By.id("card"))
                .sendKeys(cards.of("newham", "d0000000-0000-4000-8000-000000000009")
                                .value()
                        + Keys.ENTER);

        // then the page says so in Arabic, linking to the field, and records nothing
        String summary = waitFor("error-summary").getText();
        assertThat(summary).contains("لا أحد من المسجلين في هذه الجلسة يحمل هذه البطاقة");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#error-summary a"))
                        .getAttribute("href"))
                .endsWith("#card");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(FakeSessions.DIARY.calls).isEmpty();
        Accessibility.assertNoSeriousViolations(browser.driver);

        // and the page's language link, on the refusal's address, leads back to the door
        toNextPage(browser.driver.findElement(By.cssSelector("a[hreflang=en]")));
        assertThat(waitFor("card").getAttribute("name")).isEqualTo("card");
        assertThat(browser.driver.getCurrentUrl()).endsWith(DOOR);
    }

    @Test
    void whereTheBrowserHasACameraAndAQrDetectorTheCameraReadsTheCardAndChecksThePersonIn() {
        // given Chromium with a fake camera, and a QR detector that sees Bilal's card (Linux Chromium has none)
        browser.close();
        browser = Browser.phone(
                new Dimension(390, 844), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream");
        String code = "http://localhost:8081/public/me/" + "Cam3_-".repeat(7) + "x";
        FakeSessions.CARDS.live.put(code.substring(code.length() - 43), FakeSessions.BILAL);
        browser.driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.BarcodeDetector = class { static getSupportedFormats() {"
                                + " return Promise.resolve(['qr_code']); }"
                                + " detect() { return Promise.resolve([{ rawValue: '" + code + "' }]); } };"));
        browser.driver.get(workspace(DOOR));
        signInAs(browser, "newham.officer1");

        // when the officer uses the camera
        waitFor("use-camera").click();

        // then the form is sent with the card's code, and the person is checked in
        assertThat(waitFor("checked-in").getText()).contains("Bilal Osman is checked in.");
        assertThat(FakeSessions.DIARY.calls).containsExactly("attendance " + FakeSessions.BILAL);
    }
}
