package london.sanctuary.workspace.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** The "you said, we did" pages, signed in by role, over a fake of the actions service. */
class ActionPagesTests extends WorkspaceMockPageTest {

    static final OidcLoginRequestPostProcessor OFFICER = staff("officer");
    static final OidcLoginRequestPostProcessor MOVE_ON = staff("move-on");

    @Autowired
    FakeActionBoard board;

    @Autowired
    FakeQuoteSource feedback;

    @BeforeEach
    void setUp() {
        board.reset();
        feedback.reset();
    }

    @Test
    void theBoardGroupsActionsByStatusAndMarksTheOverdueAndThoseDueForReview() throws Exception {
        // given one action past its due date and one done whose review has come
        StaffAction late = board.holds("IN_PROGRESS", LocalDate.now().minusDays(3), null);
        StaffAction review = board.holds("DONE", LocalDate.now().minusMonths(7), LocalDate.now());

        // when
        String page = mvc.perform(get("/actions").with(OFFICER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(section(page, "action-" + late.actionId()))
                .contains("Overdue")
                .doesNotContain("Review due");
        assertThat(section(page, "action-" + review.actionId()))
                .contains("Review due")
                .doesNotContain("Overdue");
        assertThat(section(page, "review-due")).contains("/actions/" + review.actionId());
        assertThat(page).contains("In progress", "Done", "You said, we did");
    }

    @Test
    void anOfficerRaisesAnActionFromAThemeWithTheResponsesBehindIt() throws Exception {
        // given the themes heard, with their counts
        mvc.perform(get("/actions/new").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Food in the hotels (2 responses)")));

        // when
        String location = mvc.perform(post("/actions")
                        .with(OFFICER)
                        .with(csrf())
                        .param("theme", "food")
                        .param("title", "Fresh food at the hotel")
                        .param("ownerTeam", "Housing needs")
                        .param("dueOn", "2026-12-31"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        // then
        assertThat(board.calls).singleElement().satisfies(call -> {
            assertThat(call.get("themes")).isEqualTo(List.of("food"));
            assertThat(call.get("feedbackResponseIds"))
                    .isEqualTo(List.of(FakeActionBoard.TI_RESPONSE, FakeActionBoard.AR_RESPONSE));
        });
        assertThat(location).startsWith("/actions/");
    }

    @Test
    void aRaiseWithoutATitleOrWithABadDateIsTheFormAgainNamingTheFieldInThePagesLanguage() throws Exception {
        mvc.perform(post("/actions")
                        .with(OFFICER)
                        .with(csrf())
                        .param("theme", "food")
                        .param("title", " ")
                        .param("ownerTeam", "Housing")
                        .param("dueOn", "2026-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("Enter what will be done")));
        mvc.perform(post("/actions")
                        .with(OFFICER)
                        .with(csrf())
                        .param("lang", "ar")
                        .param("theme", "food")
                        .param("title", "x")
                        .param("ownerTeam", "Housing")
                        .param("dueOn", "31 Dec"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#dueOn\"")))
                .andExpect(content().string(containsString("أدخل تاريخاً صحيحاً")));

        assertThat(board.calls).isEmpty();
    }

    @Test
    void completingSendsTheStatementInEachLanguageOfThePeopleHeardSideBySide() throws Exception {
        // given an action in progress: its page offers English, Arabic and Tigrinya, by English name and autonym
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);
        mvc.perform(get("/actions/" + action.actionId()).with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"statement.ti\"")))
                .andExpect(content().string(containsString("name=\"statement.ar\"")))
                .andExpect(content().string(containsString("Tigrinya")))
                .andExpect(content().string(containsString("ትግርኛ")));

        // when
        mvc.perform(post("/actions/" + action.actionId() + "/completion")
                        .with(OFFICER)
                        .with(csrf())
                        .param("version", "0")
                        .param("outcome", "DONE")
                        .param("statement.en", "We serve fresh food daily")
                        .param("statement.ti", "ሓድሽ መግቢ")
                        .param("statement.ar", ""))
                .andExpect(redirectedUrl("/actions/" + action.actionId()));

        // then only the languages written are sent, and no review date means the service's six months
        assertThat(board.calls).singleElement().satisfies(call -> {
            assertThat(call.get("statement")).isEqualTo(Map.of("en", "We serve fresh food daily", "ti", "ሓድሽ መግቢ"));
            assertThat(call).doesNotContainKey("reviewOn");
        });
    }

    @Test
    void aProposedActionIsAgreedBeforeItCanBeCompletedAndItsPageSaysSo() throws Exception {
        // given one action proposed, one agreed
        StaffAction proposed = board.holds("PROPOSED", LocalDate.now().plusDays(30), null);
        StaffAction agreed = board.holds("AGREED", LocalDate.now().plusDays(30), null);

        // when
        String proposedPage = mvc.perform(get("/actions/" + proposed.actionId()).with(OFFICER))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String agreedPage = mvc.perform(get("/actions/" + agreed.actionId()).with(OFFICER))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then the proposed one offers agreeing, not completing (the service would refuse it)
        assertThat(proposedPage)
                .contains("id=\"move-AGREED\"", "Agree the action before you complete it")
                .doesNotContain("id=\"complete\"");
        assertThat(agreedPage).contains("id=\"complete\"").doesNotContain("id=\"agree-first\"");
    }

    @Test
    void anActionFoundNotPossibleIsCompletedWithTheReasonAsItsStatement() throws Exception {
        StaffAction action = board.holds("AGREED", LocalDate.now().plusDays(30), null);

        mvc.perform(post("/actions/" + action.actionId() + "/completion")
                        .with(OFFICER)
                        .with(csrf())
                        .param("version", "0")
                        .param("outcome", "NOT_POSSIBLE")
                        .param("statement.en", "The hotel contract does not allow a kitchen"))
                .andExpect(redirectedUrl("/actions/" + action.actionId()));

        assertThat(board.calls).singleElement().satisfies(call -> {
            assertThat(call.get("outcome")).isEqualTo("NOT_POSSIBLE");
            assertThat(call.get("statement")).isEqualTo(Map.of("en", "The hotel contract does not allow a kitchen"));
        });
    }

    @Test
    void aCompletionWithoutEnglishIsRefusedBeforeTheServiceIsAsked() throws Exception {
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);

        mvc.perform(post("/actions/" + action.actionId() + "/completion")
                        .with(OFFICER)
                        .with(csrf())
                        .param("version", "0")
                        .param("statement.ti", "ሓድሽ መግቢ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#statement\"")))
                .andExpect(content().string(containsString("ሓድሽ መግቢ")));

        assertThat(board.calls).isEmpty();
    }

    @Test
    void aNoteWithEvidenceLinksIsAddedAndItsLinksShownInTheHistory() throws Exception {
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);

        mvc.perform(post("/actions/" + action.actionId() + "/notes")
                        .with(OFFICER)
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "Menu agreed with the hotel")
                        .param("evidence", "https://newham.gov.uk/minutes.pdf\r\n\r\nhttps://newham.gov.uk/menu.pdf"))
                .andExpect(redirectedUrl("/actions/" + action.actionId()));

        mvc.perform(get("/actions/" + action.actionId()).with(OFFICER))
                .andExpect(content().string(containsString("href=\"https://newham.gov.uk/menu.pdf\"")))
                .andExpect(content().string(containsString("Menu agreed with the hotel")));
    }

    @Test
    void aServiceRefusalIsShownBesideTheFieldItNames() throws Exception {
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);
        board.refusal = new ServiceRefusal("actions", 400, Optional.of("evidence"), "each link must be an https URL");

        mvc.perform(post("/actions/" + action.actionId() + "/notes")
                        .with(OFFICER)
                        .with(csrf())
                        .param("version", "0")
                        .param("text", "Minutes")
                        .param("evidence", "http://example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#evidence\"")))
                .andExpect(content().string(containsString("each link must be an https URL")))
                .andExpect(content().string(containsString("http://example.org")));
    }

    @Test
    void aDoneActionIsReviewedAndReopenedAndTheReviewJoinsItsHistory() throws Exception {
        // given
        StaffAction action = board.holds("DONE", LocalDate.now().minusMonths(7), LocalDate.now());

        // when reopened without a note, then with one
        mvc.perform(post("/actions/" + action.actionId() + "/review")
                        .with(OFFICER)
                        .with(csrf())
                        .param("version", "0")
                        .param("outcome", "REOPEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#note\"")));
        mvc.perform(post("/actions/" + action.actionId() + "/review")
                        .with(OFFICER)
                        .with(csrf())
                        .param("version", "0")
                        .param("outcome", "REOPEN")
                        .param("note", "The Tigrinya pack ran out")
                        .param("nextReviewOn", "2027-09-01"))
                .andExpect(redirectedUrl("/actions/" + action.actionId()));

        // then the service was asked once, without a next date, and the page shows it in progress with the review
        assertThat(board.calls).singleElement().satisfies(call -> {
            assertThat(call.get("outcome")).isEqualTo("REOPEN");
            assertThat(call).doesNotContainKey("nextReviewOn");
        });
        mvc.perform(get("/actions/" + action.actionId()).with(OFFICER))
                .andExpect(content().string(containsString("Reviewed: reopened")))
                .andExpect(content().string(containsString("The Tigrinya pack ran out")))
                .andExpect(content().string(containsString("Complete the action")));
    }

    @Test
    void someoneWithoutTheRoleIsForbiddenAndSeesNoLink() throws Exception {
        mvc.perform(get("/actions").with(MOVE_ON)).andExpect(status().isForbidden());
        mvc.perform(get("/").with(MOVE_ON)).andExpect(content().string(not(containsString("href=\"/actions\""))));
        mvc.perform(get("/").with(OFFICER)).andExpect(content().string(containsString("href=\"/actions\"")));
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int next = page.indexOf("govuk-summary-card\"", start + 1);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    static OidcLoginRequestPostProcessor staff(String role) {
        return newhamStaff("newham." + role, "Amina Hassan", role);
    }
}
