package london.sanctuary.workspace.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Quotes that may be published, on raising an action and on its page; every change sent against the version shown;
 * theme labels rather than codes. Over fakes of the actions and feedback services.
 */
class ActionQuotePagesTests extends WorkspaceMockPageTest {

    static final String DARI = FakeQuoteSource.DARI.key();
    static final String ENGLISH = FakeQuoteSource.ENGLISH.key();

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
    void anActionsPageOffersTheQuotesThatMayBePublishedInTheirLanguageAndSaysWhyOneMayBeMissing() throws Exception {
        // given an action on food
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);

        // when
        String page = page(get("/actions/" + action.actionId()).with(ActionPagesTests.OFFICER));

        // then each answer in its language beside the staff translation, marked, a box to trim it, and why
        assertThat(page)
                .contains("Quotes that may be published")
                .contains("lang=\"prs\" dir=\"rtl\"", FakeQuoteSource.DARI.answer())
                .contains("Staff translation (not the person’s words, not published)")
                .contains("name=\"pick." + DARI + "\"", "id=\"words." + DARI + "\"")
                .contains("the person did not agree to quotes")
                .contains("Food in the hotels");
        assertThat(feedback.asked).contains("food");
    }

    @Test
    void aQuoteTrimmedToThePersonsOwnWordsIsSavedThroughTheActionsApiInTheirLanguage() throws Exception {
        // given
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);

        // when the Dari answer is cut with an ellipsis
        mvc.perform(post("/actions/" + action.actionId() + "/quotes")
                        .with(ActionPagesTests.OFFICER)
                        .with(csrf())
                        .param("pick." + DARI, "yes")
                        .param("words." + DARI, "غذای هتل همیشه سرد است … بچه ها گرسنه می مانند")
                        .param("words." + ENGLISH, FakeQuoteSource.ENGLISH.answer()))
                .andExpect(redirectedUrl("/actions/" + action.actionId() + "#quotes"));

        // then only the ticked one is picked, in Dari, and the page lists it as picked and offers it no more
        assertThat(board.calls).singleElement().satisfies(call -> {
            assertThat(call.get("responseId")).isEqualTo(FakeQuoteSource.DARI.responseId());
            assertThat(call.get("language")).isEqualTo("prs");
            assertThat(call.get("text")).isEqualTo("غذای هتل همیشه سرد است … بچه ها گرسنه می مانند");
        });
        String page = page(get("/actions/" + action.actionId()).with(ActionPagesTests.OFFICER));
        assertThat(page).contains("Picked for the board").doesNotContain("name=\"pick." + DARI + "\"");
    }

    @Test
    void aQuotePickedByMistakeIsTakenOffTheBoardFromTheActionsPageAndOfferedAgain() throws Exception {
        // given the Dari answer picked for the board
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);
        mvc.perform(post("/actions/" + action.actionId() + "/quotes")
                        .with(ActionPagesTests.OFFICER)
                        .with(csrf())
                        .param("pick." + DARI, "yes")
                        .param("words." + DARI, FakeQuoteSource.DARI.answer()))
                .andExpect(redirectedUrl("/actions/" + action.actionId() + "#quotes"));
        assertThat(page(get("/actions/" + action.actionId()).with(ActionPagesTests.OFFICER)))
                .contains("id=\"unpick-0\"", "Take this quote off the board");
        String removal = "/actions/" + action.actionId() + "/quotes/" + FakeQuoteSource.DARI.responseId() + "/removal";

        // when taken off, and taken off again from a page left open in another tab
        for (int click = 0; click < 2; click++) {
            mvc.perform(post(removal).with(ActionPagesTests.OFFICER).with(csrf()))
                    .andExpect(redirectedUrl("/actions/" + action.actionId() + "#quotes"));
        }

        // then it went through the actions API (twice, the second found nothing), is no longer picked, and is offered
        assertThat(board.calls)
                .filteredOn(call -> "unpick".equals(call.get("call")))
                .hasSize(2)
                .allSatisfy(call -> assertThat(call.get("responseId")).isEqualTo(FakeQuoteSource.DARI.responseId()));
        assertThat(page(get("/actions/" + action.actionId()).with(ActionPagesTests.OFFICER)))
                .doesNotContain("Picked for the board", "id=\"unpick-0\"")
                .contains("name=\"pick." + DARI + "\"");
    }

    @Test
    void takingAQuoteOffNeedsTheFormsTokenAndAnIdThatIsOne() throws Exception {
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);
        String quotes = "/actions/" + action.actionId() + "/quotes/";

        mvc.perform(post(quotes + FakeQuoteSource.DARI.responseId() + "/removal")
                        .with(ActionPagesTests.OFFICER))
                .andExpect(status().isForbidden());
        mvc.perform(post(quotes + "not-an-id/removal")
                        .with(ActionPagesTests.OFFICER)
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(board.calls).isEmpty();
    }

    @Test
    void aQuoteWithWordsThePersonDidNotWriteIsTheFormAgainNamingItsBox() throws Exception {
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);

        String page = page(post("/actions/" + action.actionId() + "/quotes")
                .with(ActionPagesTests.OFFICER)
                .with(csrf())
                .param("pick." + ENGLISH, "yes")
                .param("words." + ENGLISH, "Breakfast ends at nine, which is a disgrace"));

        assertThat(page)
                .contains("href=\"#words." + ENGLISH + "\"", "Keep to the person’s own words")
                .contains("which is a disgrace");
        assertThat(board.calls).isEmpty();
    }

    @Test
    void aQuoteWhoseWriterWithdrewMeanwhileIsSaidAtItsBox() throws Exception {
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);
        board.notQuotable.add(FakeQuoteSource.ENGLISH.responseId());

        String page = page(post("/actions/" + action.actionId() + "/quotes")
                .with(ActionPagesTests.OFFICER)
                .with(csrf())
                .param("pick." + ENGLISH, "yes")
                .param("words." + ENGLISH, "Breakfast ends at nine"));

        assertThat(page).contains("href=\"#words." + ENGLISH + "\"", "no longer agrees to be quoted");
    }

    @Test
    void raisingAnActionFromAThemeShowsItsQuotesByLabelAndPicksThoseTicked() throws Exception {
        // given the raise page for food
        assertThat(page(get("/actions/new?theme=food").with(ActionPagesTests.OFFICER)))
                .contains(
                        "Food in the hotels (2 responses)",
                        FakeQuoteSource.ENGLISH.answer(),
                        "Quotes that may be published");

        // when raised with the English answer shortened
        mvc.perform(post("/actions")
                        .with(ActionPagesTests.OFFICER)
                        .with(csrf())
                        .param("theme", "food")
                        .param("title", "Breakfast until ten")
                        .param("ownerTeam", "Housing needs")
                        .param("dueOn", "2026-12-31")
                        .param("pick." + ENGLISH, "yes")
                        .param("words." + ENGLISH, "Breakfast ends at nine, before we are back from the school run."))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(0));

        // then the action was raised, then the quote picked for it
        assertThat(board.calls).extracting(c -> c.get("call")).containsExactly("raise", "quote");
        assertThat(board.calls.get(1).get("text"))
                .isEqualTo("Breakfast ends at nine, before we are back from the school run.");
    }

    @Test
    void whenTheQuotesCannotBeSavedTheRaisedActionsPageSaysHowManySoItIsNotRaisedTwice() throws Exception {
        // given the actions service raises actions but fails every quote picked
        board.quotesDown = true;

        // when an action is raised with two quotes ticked
        mvc.perform(post("/actions")
                        .with(ActionPagesTests.OFFICER)
                        .with(csrf())
                        .param("theme", "food")
                        .param("title", "Breakfast until ten")
                        .param("ownerTeam", "Housing needs")
                        .param("dueOn", "2026-12-31")
                        .param("pick." + ENGLISH, "yes")
                        .param("words." + ENGLISH, "Breakfast ends at nine")
                        .param("pick." + DARI, "yes")
                        .param("words." + DARI, FakeQuoteSource.DARI.answer()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(
                        "/actions/" + board.actions.keySet().iterator().next()))
                .andExpect(flash().attribute("quotesNotSaved", 2L));

        // then the action was raised once, and no quote was saved
        assertThat(board.calls).extracting(c -> c.get("call")).containsExactly("raise");
        assertThat(board.actions).hasSize(1);
    }

    @Test
    void aChangeAgainstAnOlderVersionShowsTheLatestAndKeepsWhatWasTyped() throws Exception {
        // given the page was read at version 0, then someone else changed the action
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);
        board.changedElsewhere(action.actionId().toString());

        // when a note is added from the older page
        String page = page(post("/actions/" + action.actionId() + "/notes")
                .with(ActionPagesTests.OFFICER)
                .with(csrf())
                .param("version", "0")
                .param("text", "Menu agreed with the hotel"));

        // then the page again, with the latest version to send, and nothing changed
        assertThat(page)
                .contains("Someone else changed this action; here is the latest")
                .contains("Menu agreed with the hotel")
                .contains("name=\"version\" value=\"1\"");
        assertThat(board.calls).isEmpty();

        // and sent again from it, the note is added
        mvc.perform(post("/actions/" + action.actionId() + "/notes")
                        .with(ActionPagesTests.OFFICER)
                        .with(csrf())
                        .param("version", "1")
                        .param("text", "Menu agreed with the hotel"))
                .andExpect(redirectedUrl("/actions/" + action.actionId()));
        assertThat(board.calls).hasSize(1);
    }

    @Test
    void aServiceLeadSeesTheActionButNotTheAnswersQuotesArePickedFrom() throws Exception {
        // given (feedback lets officers only read the answers)
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);

        // when
        String page = page(get("/actions/" + action.actionId()).with(ActionPagesTests.staff("service-lead")));

        // then
        assertThat(page)
                .contains("co-production officers pick the quotes")
                .doesNotContain(FakeQuoteSource.ENGLISH.answer(), "id=\"pick-quotes\"");
        assertThat(feedback.asked).isEmpty();
    }

    @Test
    void whenTheAnswersCannotBeReadTheActionsPageSaysSoAndStillWorks() throws Exception {
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);
        feedback.unavailable = true;

        assertThat(page(get("/actions/" + action.actionId()).with(ActionPagesTests.OFFICER)))
                .contains("The answers cannot be read just now")
                .doesNotContain("No answer on this theme comes from someone who agreed")
                .contains("id=\"complete\"", "id=\"add-note\"");
    }

    @Test
    void theBoardShowsEachActionsThemeByItsLabel() throws Exception {
        StaffAction action = board.holds("IN_PROGRESS", LocalDate.now().plusDays(30), null);

        assertThat(page(get("/actions").with(ActionPagesTests.OFFICER)))
                .contains("Food in the hotels")
                .contains("/actions/" + action.actionId());
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request).andExpect(status().isOk());
        return result.andReturn().getResponse().getContentAsString();
    }
}
