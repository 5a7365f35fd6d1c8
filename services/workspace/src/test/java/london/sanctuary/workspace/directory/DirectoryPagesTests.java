package london.sanctuary.workspace.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The service lead's directory pages, over a fake of the referrals service's directory API. */
class DirectoryPagesTests extends WorkspaceMockPageTest {

    static final OidcLoginRequestPostProcessor LEAD =
            newhamStaff("newham.lead", "Grace Mensah", "officer", "service-lead");
    static final OidcLoginRequestPostProcessor OFFICER = newhamStaff("newham.officer1", "Amina Hassan", "officer");
    static final String EXPORT = "{\"content\": [{\"id\": \"s1\", \"name\": \"Legal help\"}]}";

    @Autowired
    FakeDirectory directory;

    final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void setUp() {
        directory.reset();
    }

    @Test
    void aServiceLeadSeesTheDirectoryItsKindsInWordsLanguagesAndWhenAndByWhichRoleItWasImported() throws Exception {
        mvc.perform(get("/directory").with(LEAD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Newham College ESOL")))
                .andExpect(content().string(containsString("English classes (ESOL)")))
                .andExpect(content().string(containsString("Farsi")))
                .andExpect(content().string(containsString("فارسی")))
                .andExpect(content().string(containsString("1 service</strong>")))
                .andExpect(content().string(containsString("2 November 2026")))
                .andExpect(content().string(containsString("the demo directory loaded at start")))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("256 KB at most")));
    }

    @Test
    void anyoneButAServiceLeadIsForbiddenAndIsNotShownTheLink() throws Exception {
        mvc.perform(get("/directory").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(upload(file("export.json", "application/json", EXPORT)).with(OFFICER))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(OFFICER)).andExpect(content().string(not(containsString("href=\"/directory\""))));
        mvc.perform(get("/").with(LEAD)).andExpect(content().string(containsString("href=\"/directory\"")));
        assertThat(directory.calls).isEmpty();
    }

    @Test
    void aServiceLeadPreviewsAnExportSeesWhatIsKeptAndLeftOutThenImportsIt() throws Exception {
        // when they upload the export
        String preview = perform(upload(file("newham-oruk.json", "application/json", EXPORT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        // then the preview: what is kept, what is left out, and nothing imported yet
        assertThat(preview)
                .contains("newham-oruk.json", "Imported service 14", "14 services")
                .contains("1 service that is not active", "3 contacts: the names and details of people are never kept")
                .contains("the 1 service it holds now is removed", "Import 14 services");
        assertThat(directory.calls).containsExactly("preview newham " + EXPORT);
        String digest = preview.replaceAll("(?s).*name=\"digest\" value=\"([0-9a-f]+)\".*", "$1");

        // and when they confirm it, the very file previewed is imported, and the directory says so
        perform(post("/directory/import").param("digest", digest)).andExpect(redirectedUrl("/directory?imported=14"));
        assertThat(directory.calls).containsExactly("preview newham " + EXPORT, "import newham " + EXPORT);
        perform(get("/directory?imported=14"))
                .andExpect(content().string(containsString("Imported 14 services")))
                .andExpect(content().string(containsString("by a service lead")));

        // and confirming the same preview twice imports nothing more
        perform(post("/directory/import").param("digest", digest))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("choose the file and preview it again")));
        assertThat(directory.calls).hasSize(2);
    }

    @Test
    void noFileAFileThatIsNotJsonAndOneTooBigAreTheFormAgainNamingTheFileBeforeAnyCall() throws Exception {
        perform(multipart("/directory/preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("Choose the ORUK export file to import")));
        perform(upload(file("directory.pdf", "application/pdf", "%PDF-1.7")))
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("The file must be a JSON file (.json)")));
        perform(upload(file("big.json", "application/json", "[" + " ".repeat(256 * 1024) + "]")))
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("The file must be 256 KB or smaller")));
        assertThat(directory.calls).isEmpty();
    }

    @Test
    void anExportTheServiceRefusesIsTheFormAgainSayingWhereInTheFileInPlainWords() throws Exception {
        // a field of the export
        directory.refusal = new ServiceRefusal("referrals", 400, Optional.of("content[3].name"), "must be text");
        perform(upload(file("export.json", "application/json", EXPORT)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "The file is not an ORUK export the directory can read: at content[3].name, the value must be text")));

        // the whole body
        directory.refusal = new ServiceRefusal(
                "referrals", 400, Optional.of("body"), "is not JSON: an ORUK export is a JSON document");
        perform(upload(file("export.json", "application/json", "not json")))
                .andExpect(content()
                        .string(containsString("The file is not an ORUK export the directory can read: is not JSON")));

        // past the service's body cap
        directory.refusal = new ServiceRefusal("referrals", 413, Optional.of("body"), "is too large");
        perform(upload(file("export.json", "application/json", EXPORT)))
                .andExpect(content().string(containsString("The file must be 256 KB or smaller")));
    }

    @Test
    void anImportTheServiceRefusesAtConfirmationIsTheDirectoryPageWithTheErrorAndNothingChanged() throws Exception {
        String preview = perform(upload(file("export.json", "application/json", EXPORT)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String digest = preview.replaceAll("(?s).*name=\"digest\" value=\"([0-9a-f]+)\".*", "$1");
        directory.refusal = new ServiceRefusal("referrals", 400, Optional.of("content"), "holds no active service");

        perform(post("/directory/import").param("digest", digest))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at content, the value holds no active service")))
                .andExpect(content().string(containsString("Newham College ESOL")));
    }

    @Test
    void theErrorsAreInThePagesLanguageRightToLeftInArabic() throws Exception {
        perform(multipart("/directory/preview?lang=ar"))
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("اختر ملف تصدير ORUK لاستيراده")));
    }

    @Test
    void anUploadWithoutItsCsrfTokenChangesNothing() throws Exception {
        mvc.perform(multipart("/directory/preview")
                        .file(file("export.json", "application/json", EXPORT))
                        .with(LEAD))
                .andExpect(status().is(not(200)));
        mvc.perform(post("/directory/import").with(LEAD).param("digest", "x")).andExpect(status().is(not(200)));
        assertThat(directory.calls).isEmpty();
    }

    private ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(LEAD).with(csrf()).session(session));
    }

    private static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
        return multipart("/directory/preview").file(file);
    }

    private static MockMultipartFile file(String name, String type, String content) {
        return new MockMultipartFile("file", name, type, content.getBytes(StandardCharsets.UTF_8));
    }
}
