package london.sanctuary.workspace.responses;

import static london.sanctuary.workspace.responses.FakeResponses.AMINA;
import static london.sanctuary.workspace.responses.FakeResponses.BOOK;
import static london.sanctuary.workspace.responses.FakeResponses.FORM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Optional;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** The responses pages with a signed-in officer and the feedback and people ports faked, in MockMvc. */
class ResponsePagesTests extends WorkspaceMockPageTest {

    @BeforeEach
    void setUp() {
        BOOK.reset();
    }

    static OidcLoginRequestPostProcessor officer() {
        return newhamStaff("newham.officer1", "Asha Patel", "officer");
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(officer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aSavedSheetComesBackEmptyCountingTheSheetsKeepingTheDayAndFocusOnTheFirstAnswer() throws Exception {
        // when
        mvc.perform(post("/responses/paper")
                        .with(officer())
                        .with(csrf())
                        .param("formId", FORM)
                        .param("language", "ti")
                        .param("saved", "2")
                        .param("capturedOn", "2026-11-23")
                        .param("captureMethod", "INTERPRETER_ASSISTED")
                        .param("answers.q1", "ዝሑል ክፍሊ")
                        .param("answers.q2", "1")
                        .param("answers.q3", "4"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/responses/paper?formId=" + FORM
                        + "&language=ti&capturedOn=2026-11-23&captureMethod=INTERPRETER_ASSISTED&saved=3"));
        String next = page("/responses/paper?formId=" + FORM
                + "&language=ti&capturedOn=2026-11-23&captureMethod=INTERPRETER_ASSISTED&saved=3");

        // then the sheet was sent as the API takes it
        assertThat(BOOK.sheets)
                .singleElement()
                .isEqualTo(Map.of(
                        "language", "ti",
                        "captureMethod", "INTERPRETER_ASSISTED",
                        "capturedOn", "2026-11-23",
                        "answers", Map.of("q1", "ዝሑል ክፍሊ", "q2", "1", "q3", 4)));
        // and the next sheet is empty, counted, with the day kept and the first answer focused
        assertThat(next).contains("Sheet 3 saved", "value=\"2026-11-23\"", "እንታይ ክንቅይር ኣለና?", "lang=\"ti\"");
        assertThat(next).containsPattern("id=\"answers.q1\"[^>]*value=\"\"[^>]*autofocus");
        assertThat(next).containsPattern("value=\"INTERPRETER_ASSISTED\"[^>]*checked");
        assertThat(next).doesNotContain("ዝሑል ክፍሊ");
    }

    @Test
    void aSheetIsLinkedOnlyToAPersonFoundWhoHoldsLinkFeedbackElseTheFieldSaysWhyAndHowToRecordIt() throws Exception {
        // when Amina (who holds it) and then Bilal (who does not) are named
        mvc.perform(post("/responses/paper")
                        .with(officer())
                        .with(csrf())
                        .param("formId", FORM)
                        .param("language", "en")
                        .param("capturedOn", "2026-11-23")
                        .param("answers.q1", "More evening classes")
                        .param("person", "amina"))
                .andExpect(status().isFound());
        String refused = mvc.perform(post("/responses/paper")
                        .with(officer())
                        .with(csrf())
                        .param("formId", FORM)
                        .param("language", "en")
                        .param("capturedOn", "2026-11-23")
                        .param("answers.q1", "Warmer rooms")
                        .param("person", "bilal"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String nobody = mvc.perform(post("/responses/paper")
                        .with(officer())
                        .with(csrf())
                        .param("formId", FORM)
                        .param("language", "en")
                        .param("answers.q1", "x")
                        .param("person", "zed"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(BOOK.sheets)
                .singleElement()
                .satisfies(s -> assertThat(s.get("participantRef")).isEqualTo(AMINA));
        assertThat(refused)
                .contains("govuk-error-summary", "href=\"#person\"", "have not agreed to link their feedback")
                .contains("/people/" + FakeResponses.BILAL + "/consents/new?purpose=LINK_FEEDBACK")
                .contains("value=\"Warmer rooms\"");
        assertThat(nobody).contains("href=\"#person\"", "No one on record matches");
    }

    @Test
    void aRefusedDayIsShownAtItsFieldWithWhatWasTyped() throws Exception {
        BOOK.refuseNext = new ServiceRefusal("feedback", 422, Optional.of("capturedOn"), "capturedOn is in the future");

        String page = mvc.perform(post("/responses/paper")
                        .with(officer())
                        .with(csrf())
                        .param("formId", FORM)
                        .param("language", "en")
                        .param("capturedOn", "2099-01-01")
                        .param("answers.q1", "Kept text"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "href=\"#capturedOn\"",
                        "id=\"capturedOn-error\"",
                        "value=\"2099-01-01\"",
                        "value=\"Kept text\"");
    }

    @Test
    void theListKeepsItsFiltersThemesTheSelectedAtOnceAndShowsEachAnswerInItsLanguageBesideAMarkedTranslation()
            throws Exception {
        // given two answers
        String tigrinya = BOOK.capture("newham", FORM, sheet("ti", "ዝሑል ክፍሊ"));
        String english = BOOK.capture("newham", FORM, sheet("en", "More classes"));

        // when both are themed at once and the Tigrinya one translated
        mvc.perform(post("/responses/theming?formId=" + FORM + "&language=ti")
                        .with(officer())
                        .with(csrf())
                        .param("responseIds", tigrinya, english)
                        .param("themes", "food", "housing"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/responses?formId=" + FORM + "&language=ti#results"));
        mvc.perform(post("/responses/" + tigrinya + "/translations/q1?formId=" + FORM)
                        .with(officer())
                        .with(csrf())
                        .param("text", "The room is cold"))
                .andExpect(status().isFound());
        String list = page("/responses?formId=" + FORM + "&theme=food");

        // then
        assertThat(BOOK.calls).contains("theme newham [" + tigrinya + ", " + english + "] [food, housing]");
        assertThat(list)
                .contains("<option value=\"food\" selected=\"selected\"")
                .contains("2 responses", "Food", "Housing")
                .containsPattern("lang=\"ti\" dir=\"ltr\"[^>]*>ዝሑል ክፍሊ")
                .contains("Staff translation", "The room is cold")
                .contains("/responses/export.csv?formId=" + FORM);
        assertThat(list.split("Add a staff translation|Change the staff translation"))
                .hasSize(2); // only the Tigrinya one
        assertThat(list).doesNotContain("name=\"themes\" value=\"old-theme\""); // retired: not offered
    }

    @Test
    void themingNothingSelectedShowsTheListAgainWithTheErrorAndABadFilterIsNamed() throws Exception {
        BOOK.capture("newham", FORM, sheet("ti", "ዝሑል ክፍሊ"));

        String nothing = mvc.perform(
                        post("/responses/theming").with(officer()).with(csrf()).param("themes", "food"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        BOOK.refuseNext = new ServiceRefusal("feedback", 400, Optional.of("from"), "from must be a date");
        String bad = mvc.perform(get("/responses?from=yesterday").with(officer()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(nothing).contains("govuk-error-summary", "href=\"#responseIds\"", "id=\"responseIds\"");
        assertThat(bad).contains("href=\"#from\"", "from must be a date", "value=\"yesterday\"");
    }

    @Test
    void themesAreAddedRenamedAndRetiredAndAServiceLeadMayToo() throws Exception {
        mvc.perform(post("/responses/themes")
                        .with(officer())
                        .with(csrf())
                        .param("code", "warm-space")
                        .param("label", "Warm space"))
                .andExpect(redirectedUrl("/responses/themes#theme-warm-space"));
        mvc.perform(post("/responses/themes/warm-space/label")
                        .with(officer())
                        .with(csrf())
                        .param("label", "Warm spaces"))
                .andExpect(status().isFound());
        mvc.perform(post("/responses/themes/food/retirement")
                        .with(newhamStaff("newham.lead", "Asha Patel", "service-lead"))
                        .with(csrf()))
                .andExpect(status().isFound());
        BOOK.refuseNext = new ServiceRefusal(
                "feedback", 422, Optional.of("code"), "The borough has a theme with this code already");
        String again = mvc.perform(post("/responses/themes")
                        .with(officer())
                        .with(csrf())
                        .param("code", "housing")
                        .param("label", "Homes"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String themes = page("/responses/themes");
        assertThat(themes)
                .contains("value=\"Warm spaces\"", "id=\"retire-warm-space\"")
                .doesNotContain("id=\"retire-food\"");
        assertThat(again).contains("href=\"#code\"", "value=\"housing\"", "value=\"Homes\"");
    }

    @Test
    void theCsvIsTheServicesOwnAndOtherRolesSeeNoLinkAndAreRefused() throws Exception {
        mvc.perform(get("/responses/export.csv?formId=" + FORM).with(officer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"responses-newham.csv\""));
        OidcLoginRequestPostProcessor moveOn = newhamStaff("barnet.moveon", "Asha Patel", "move-on");
        String home =
                mvc.perform(get("/").with(moveOn)).andReturn().getResponse().getContentAsString();

        assertThat(BOOK.calls).contains("csv newham " + FORM);
        assertThat(home).doesNotContain("href=\"/responses\"");
        assertThat(page("/")).contains("href=\"/responses\"");
        mvc.perform(get("/responses").with(moveOn)).andExpect(status().isForbidden());
        mvc.perform(post("/responses/theming").with(moveOn).with(csrf())).andExpect(status().isForbidden());
    }

    private static Map<String, Object> sheet(String language, String text) {
        return Map.of(
                "language",
                language,
                "captureMethod",
                "PAPER",
                "capturedOn",
                "2026-11-23",
                "answers",
                Map.of("q1", text));
    }
}
