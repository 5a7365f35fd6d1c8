package london.sanctuary.workspace.directory;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import london.sanctuary.workspace.WorkspacePageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Newham's service lead on a phone (390 px), in real Chromium: sees the directory, uploads the borough's ORUK
 * export, checks the preview and imports it; a file past the upload limit, refused by the container itself, is the
 * page again saying the limit. Every page passes axe-core and none scrolls sideways.
 */
class DirectoryBrowserTests extends WorkspacePageTest {

    @Autowired
    FakeDirectory directory;

    @TempDir
    Path files;

    @BeforeEach
    void setUp() {
        directory.reset();
    }

    @Test
    void aServiceLeadPreviewsAndImportsTheBoroughsExportOnAPhone() throws IOException {
        // given the service lead on the directory page
        browser.driver.get(workspace("/directory"));
        signInAs(browser, "newham.lead");
        assertThat(waitFor("last-import").getText()).contains("1 service", "the demo directory loaded at start");
        fitsThePhoneAndPassesAxe(waitFor("services"));

        // when they upload the export and check the preview
        Path export = Files.writeString(files.resolve("newham-oruk.json"), "{\"content\": []}");
        browser.driver.findElement(By.id("file")).sendKeys(export.toString());
        toNextPage("preview");
        String leftOut = waitFor("left-out").getText();
        fitsThePhoneAndPassesAxe(waitFor("confirm"));
        toNextPage("confirm");

        // then
        assertThat(leftOut).contains("1 service that is not active", "3 contacts");
        assertThat(waitFor("done").getText()).isEqualTo("Imported 14 services");
        fitsThePhoneAndPassesAxe(waitFor("services"));
        assertThat(directory.calls)
                .containsExactly("preview newham {\"content\": []}", "import newham {\"content\": []}");
    }

    @Test
    void aFilePastTheUploadLimitIsThePageAgainSayingTheLimit() throws IOException {
        // given
        browser.driver.get(workspace("/directory"));
        signInAs(browser, "newham.lead");
        Path big = Files.writeString(files.resolve("big.json"), "[" + " ".repeat(300 * 1024) + "]");

        // when
        waitFor("file").sendKeys(big.toString());
        toNextPage("preview");

        // then
        assertThat(waitFor("error-summary").getText()).contains("The file must be 256 KB or smaller");
        fitsThePhoneAndPassesAxe(waitFor("file"));
        assertThat(directory.calls).isEmpty();
    }
}
