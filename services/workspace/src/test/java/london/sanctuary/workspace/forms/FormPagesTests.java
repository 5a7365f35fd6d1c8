package london.sanctuary.workspace.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** The feedback forms pages with a signed-in officer and the feedback service faked, in MockMvc. */
class FormPagesTests extends WorkspaceMockPageTest {

    static final FakeForms.Api API = FakeForms.API;

    @BeforeEach
    void setUp() {
        API.reset();
    }

    static OidcLoginRequestPostProcessor officer() {
        return newhamStaff("newham.officer1", "Asha Patel", "officer");
    }

    String page(String path, OidcLoginRequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theListShowsEachFormsStatusLanguagesByNameAndLinkForOfficersAndServiceLeads() throws Exception {
        // when
        String list = page("/forms", newhamStaff("newham.lead", "Asha Patel", "service-lead"));

        // then
        assertThat(list).contains("How was the open house?", "Draft", "English", "Tigrinya", "Standing (no session)");
        assertThat(page("/", officer())).contains("href=\"/forms\"");
        mvc.perform(get("/forms").with(newhamStaff("barnet.moveon", "Asha Patel", "move-on")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormsPageWarnsOfEachMissingTranslationAndOffersPreviewPrintAndPublish() throws Exception {
        // when
        String form = page("/forms/" + FakeForms.FORM, officer());

        // then
        assertThat(form)
                .contains("No Tigrinya wording for question 2")
                .doesNotContain("No Tigrinya wording for question 1")
                .contains("/forms/" + FakeForms.FORM + "/preview?lang=ti")
                .contains("/forms/" + FakeForms.FORM + "/paper.pdf?lang=ti")
                .contains("id=\"publish\"")
                .doesNotContain("id=\"close\"");
        assertThat(page("/forms/" + FakeForms.FORM, newhamStaff("newham.lead", "Asha Patel", "service-lead")))
                .doesNotContain("id=\"publish\"");
    }

    @Test
    void publishingClosingAndReopeningGoThroughTheServiceAndBackToTheForm() throws Exception {
        for (String change : List.of("publication", "closing", "reopening")) {
            mvc.perform(post("/forms/" + FakeForms.FORM + "/" + change)
                            .with(officer())
                            .with(csrf()))
                    .andExpect(redirectedUrl("/forms/" + FakeForms.FORM));
        }
        mvc.perform(post("/forms/" + FakeForms.FORM + "/erasure")
                        .with(officer())
                        .with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(API.calls)
                .containsExactly(
                        "publication " + FakeForms.FORM, "closing " + FakeForms.FORM, "reopening " + FakeForms.FORM);
    }

    @Test
    void aNewFormInEnglishAndTigrinyaIsSentWithItsTextsSideBySideAndChoicesOneALine() throws Exception {
        // when
        mvc.perform(post("/forms")
                        .with(officer())
                        .with(csrf())
                        .param("languages", "ti")
                        .param("link", "series:5e550000-0000-4000-8000-000000000001")
                        .param("title.en", "How was the board?")
                        .param("title.ti", "ከመይ ነይሩ?")
                        .param("questions[0].type", "SINGLE_CHOICE")
                        .param("questions[0].required", "true")
                        .param("questions[0].text.en", "Did you feel heard?")
                        .param("questions[0].text.ti", "ተሰሚዑካ ድዩ?")
                        .param("questions[0].choices.en", "Yes\nNo\n")
                        .param("questions[0].choices.ti", "እወ\nኣይፋል")
                        .param("questions[1].type", "SCALE_1_5")
                        .param("questions[1].text.en", "How was the day?")
                        .param("questions[1].text.ti", "")
                        .param("save", "true"))
                .andExpect(redirectedUrlPattern("/forms/f0000000-*"));

        // then
        Map<String, Object> body = API.bodies.get(0);
        assertThat(body)
                .containsEntry("draft", true)
                .containsEntry("seriesId", "5e550000-0000-4000-8000-000000000001")
                .containsEntry("title", Map.of("en", "How was the board?", "ti", "ከመይ ነይሩ?"));
        assertThat(body.get("questions").toString())
                .contains("choices=[{en=Yes, ti=እወ}, {en=No, ti=ኣይፋል}]")
                .contains("text={en=How was the day?}");
    }

    @Test
    void addingAQuestionShowsTheEditorAgainWithWhatWasTypedAndOneQuestionMore() throws Exception {
        // when
        String editor = mvc.perform(post("/forms")
                        .with(officer())
                        .with(csrf())
                        .param("languages", "ti")
                        .param("title.en", "Kept")
                        .param("questions[0].type", "FREE_TEXT")
                        .param("questions[0].text.en", "First")
                        .param("add", "MULTIPLE_CHOICE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(editor)
                .contains("value=\"Kept\"", "value=\"First\"", "Question 2: several choices")
                .contains("id=\"questions[1].choices.ti\"")
                .contains("lang=\"ti\"");
        assertThat(API.calls).isEmpty();
    }

    @Test
    void aRefusalIsShownAtItsFieldWithWhatWasTyped() throws Exception {
        // given
        API.refuseNext = new ServiceRefusal(
                "feedback",
                422,
                Optional.of("questions[0].type"),
                "the form has answers: this question stays SINGLE_CHOICE");

        // when
        String editor = mvc.perform(post("/forms/" + FakeForms.FORM + "/edit")
                        .with(officer())
                        .with(csrf())
                        .param("version", "3")
                        .param("title.en", "How was the open house?")
                        .param("questions[0].type", "FREE_TEXT")
                        .param("questions[0].text.en", "Did you feel welcome?")
                        .param("save", "true"))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(editor)
                .contains("href=\"#questions[0].text.en\"")
                .contains("id=\"questions[0].text.en-error\"")
                .contains("this question stays SINGLE_CHOICE")
                .contains("value=\"Did you feel welcome?\"");
    }

    @Test
    void thePreviewShowsTheFormInTigrinyaMarkedSoAndEnglishFallbacksMarkedEnglish() throws Exception {
        // when
        String preview = page("/forms/" + FakeForms.FORM + "/preview?lang=ti", officer());

        // then
        assertThat(preview)
                .contains("Preview in Tigrinya (ትግርኛ)")
                .contains("id=\"preview\" lang=\"ti\" dir=\"ltr\"")
                .contains("እንቋዕ ብደሓን መጻእኩም ተሰሚዑካ ድዩ?")
                .contains("lang=\"en\" dir=\"ltr\">What should we change?");
    }

    @Test
    void thePaperVersionIsFetchedWithTheOfficersTokenAndServedAsAPdf() throws Exception {
        mvc.perform(get("/forms/" + FakeForms.FORM + "/paper.pdf?lang=ti").with(officer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        assertThat(API.calls).containsExactly("paper " + FakeForms.FORM + " ti");
    }
}
