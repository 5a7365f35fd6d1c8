package london.sanctuary.workspace.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * The sessions pages with a signed-in officer ({@code oidcLogin}) and the engagement and consent ports faked, in
 * MockMvc, on the page tests' one workspace ({@code WorkspaceMockPageTest}).
 */
class SessionPagesTests extends WorkspaceMockPageTest {

    static final FakeSessions.Diary DIARY = FakeSessions.DIARY;

    @BeforeEach
    void setUp() {
        DIARY.reset();
    }

    static OidcLoginRequestPostProcessor officer() {
        return as("newham.officer1", "Asha Patel", List.of("officer"));
    }

    static OidcLoginRequestPostProcessor as(String subject, String name, List<String> roles) {
        return oidcLogin()
                .idToken(token -> token.subject(subject)
                        .claim("name", name)
                        .claim("borough", "newham")
                        .claim("roles", roles));
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(officer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theCalendarShowsAWeekOfSessionsFilteredByTypeAndLanguageWithTheFiltersKeptInItsLinks() throws Exception {
        // when
        String week = page("/sessions?view=week&date=2027-03-03&type=LIVED_EXPERIENCE_FORUM&language=fa-AF");
        String other = page("/sessions?view=month&date=2027-03-03&type=WORKSHOP");

        // then
        assertThat(DIARY.calls)
                .contains("between newham 2027-03-01 2027-03-07", "between newham 2027-03-01 2027-03-31");
        assertThat(Html.text(Html.block(week, "session-" + FakeSessions.FORUM)))
                .contains("Sanctuary Board", "2 of 2 places taken", "1 waiting", "1 needs not met");
        assertThat(Html.attr(Html.tag(week, "next"), "href"))
                .contains("date=2027-03-08", "view=week", "type=LIVED_EXPERIENCE_FORUM", "language=fa-AF");
        assertThat(week).contains("<option value=\"LIVED_EXPERIENCE_FORUM\" selected=\"selected\"");
        assertThat(Html.tag(other, "none")).isNotEmpty();
        assertThat(Html.tag(week, "none")).isEmpty();
    }

    @Test
    void aRoleWithoutOfficerSeesNoSessionsLinkAndIsRefusedAtTheAddress() throws Exception {
        // given
        OidcLoginRequestPostProcessor moveOn = as("barnet.moveon", "Sam Lee", List.of("move-on"));

        // when / then
        String home =
                mvc.perform(get("/").with(moveOn)).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("href=\"/sessions\"");
        assertThat(mvc.perform(get("/").with(officer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/sessions\"");
        mvc.perform(get("/sessions").with(moveOn)).andExpect(status().isForbidden());
        mvc.perform(post("/sessions/" + FakeSessions.FORUM + "/held")
                        .with(moveOn)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(DIARY.calls).isEmpty();
    }

    @Test
    void schedulingAMonthlyForumOnAFirstTuesdaySendsTheRuleInLondonTimeAndOpensTheSession() throws Exception {
        // when
        mvc.perform(post("/sessions")
                        .with(officer())
                        .with(csrf())
                        .param("type", "LIVED_EXPERIENCE_FORUM")
                        .param("titleEn", "Sanctuary Board")
                        .param("titleAr", "مجلس الملاذ")
                        .param("day", "2027-04-06")
                        .param("starts", "18:00")
                        .param("ends", "20:00")
                        .param("repeats", "MONTHLY")
                        .param("venueName", "Forest Gate Community Centre")
                        .param("venueAddress", "1 Woodgrange Road")
                        .param("venueKind", "TRUSTED_COMMUNITY_SPACE")
                        .param("stepFreeAccess", "true")
                        .param("capacity", "12")
                        .param("languages", "en", "ar")
                        .param("interpreters", "fa-AF, bfi")
                        .param("travelExpenses", "true")
                        .param("facilitators", "Newham Community Engagement"))
                .andExpect(redirectedUrl("/sessions/" + FakeSessions.FORUM));

        // then
        Map<String, Object> plan = DIARY.bodies.get(0);
        assertThat(plan)
                .containsEntry("recurrence", "FREQ=MONTHLY;BYDAY=1TU")
                .containsEntry("startsAt", "2027-04-06T17:00:00Z")
                .containsEntry("capacity", 12)
                .containsEntry("title", Map.of("en", "Sanctuary Board", "ar", "مجلس الملاذ"));
        assertThat(plan.get("interpreters").toString()).contains("language=bfi", "bsl=true");
    }

    @Test
    void aScheduleTheServiceRefusesComesBackWithWhatWasTypedAndTheFieldInAnErrorSummaryInArabic() throws Exception {
        // given
        DIARY.refuseNext = new ServiceRefusal("engagement", 400, Optional.of("capacity"), "must be from 1 to 1000");

        // when
        String html = mvc.perform(post("/sessions")
                        .with(officer())
                        .with(csrf())
                        .param("lang", "ar")
                        .param("titleEn", "Sanctuary Board")
                        .param("day", "2027-04-06")
                        .param("starts", "18:00")
                        .param("ends", "20:00")
                        .param("capacity", "5000"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(html).contains("dir=\"rtl\"", "<a href=\"#capacity\">must be from 1 to 1000</a>");
        assertThat(Html.attr(Html.tag(html, "capacity"), "value")).isEqualTo("5000");
        assertThat(Html.attr(Html.tag(html, "title"), "value")).isEqualTo("Sanctuary Board");
    }

    @Test
    void aFormWithoutADayIsRefusedBeforeAnyCallNamingTheField() throws Exception {
        // when
        String html = mvc.perform(post("/sessions").with(officer()).with(csrf()).param("titleEn", "Board"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(html).contains("govuk-error-summary", "<a href=\"#startsAt\">Enter the day of the (first) meeting");
        assertThat(DIARY.calls).isEmpty();
    }

    @Test
    void theSessionPageNamesThePeopleFlagsUnmetNeedsAndOffersAPlaceToWhoeverWaits() throws Exception {
        // when
        String session = page("/sessions/" + FakeSessions.FORUM + "?q=chro");

        // then
        assertThat(Html.text(session)).contains("Sanctuary Board", "Bilal Osman: an interpreter in ti");
        assertThat(Html.text(Html.block(session, "registration-" + FakeSessions.BILAL)))
                .contains("Need not met");
        assertThat(Html.block(session, "registration-" + FakeSessions.CHRO)).contains("promote");
        assertThat(Html.block(session, "registration-" + FakeSessions.AMINA)).doesNotContain("promote");
        assertThat(Html.attr(Html.tag(session, "participantRef"), "value")).isEqualTo(FakeSessions.CHRO);
        assertThat(Html.attr(Html.tag(session, "seriesId"), "value")).isEqualTo(FakeSessions.FORUM);
        assertThat(Html.text(session)).contains("£4.80 claimed", "£4.80 still owed");
    }

    @Test
    void promotingWhenEveryPlaceIsTakenShowsTheServicesReasonOnTheSessionPage() throws Exception {
        // given
        DIARY.refuseNext = new ServiceRefusal("engagement", 422, Optional.of("capacity"), "Every place is taken");

        // when
        String html = mvc.perform(
                        post("/sessions/" + FakeSessions.FORUM + "/registrations/" + FakeSessions.CHRO + "/promotion")
                                .with(officer())
                                .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(html).contains("govuk-error-summary", "<a href=\"#capacity\">Every place is taken</a>");
    }

    @Test
    void registeringAMemberForTheWholeSeriesCallsTheSeriesWithTheirNeeds() throws Exception {
        // when
        mvc.perform(post("/sessions/" + FakeSessions.FORUM + "/registrations")
                        .with(officer())
                        .with(csrf())
                        .param("participantRef", FakeSessions.CHRO)
                        .param("interpreterLanguage", "ckb")
                        .param("accessNeeds", "STEP_FREE")
                        .param("seriesId", FakeSessions.FORUM))
                .andExpect(redirectedUrl("/sessions/" + FakeSessions.FORUM + "#registrations"));

        // then
        assertThat(DIARY.calls).containsExactly("member " + FakeSessions.FORUM);
        assertThat(DIARY.bodies.get(0))
                .containsEntry("participantRef", FakeSessions.CHRO)
                .containsEntry("interpreterLanguage", "ckb")
                .containsEntry("accessNeeds", List.of("STEP_FREE"));
    }

    @Test
    void theDoorPageHasABigTickBoxPerNameAndRecordsOnlyThoseNewlyArrived() throws Exception {
        // when
        String door = page("/sessions/" + FakeSessions.FORUM + "/check-in");
        mvc.perform(post("/sessions/" + FakeSessions.FORUM + "/check-in")
                        .with(officer())
                        .with(csrf())
                        .param("arrived", FakeSessions.AMINA, FakeSessions.BILAL))
                .andExpect(redirectedUrl("/sessions/" + FakeSessions.FORUM + "/check-in"));

        // then
        assertThat(Html.text(door))
                .contains("Amina Haidari", "Bilal Osman", "1 of 2 here")
                .doesNotContain("Chro Ahmed");
        assertThat(Html.tag(door, "arrived-" + FakeSessions.AMINA)).contains("checked");
        assertThat(Html.tag(door, "arrived-" + FakeSessions.BILAL)).doesNotContain("checked");
        assertThat(door).contains("workspace-door").doesNotContain("govuk-checkboxes--small");
        assertThat(DIARY.calls).containsExactly("attendance " + FakeSessions.BILAL);
    }

    @Test
    void attendanceTakesPoundsAndPenceAndAnythingElseIsRefusedNamingTheField() throws Exception {
        // when
        mvc.perform(post("/sessions/" + FakeSessions.FORUM + "/attendance")
                        .with(officer())
                        .with(csrf())
                        .param("participantRef", FakeSessions.BILAL)
                        .param("attended", "true")
                        .param("travelExpenses", "£3.20")
                        .param("receiptSeen", "true"))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/sessions/" + FakeSessions.FORUM + "/attendance")
                        .with(officer())
                        .with(csrf())
                        .param("participantRef", FakeSessions.BILAL)
                        .param("travelExpenses", "three pounds"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then
        assertThat(DIARY.bodies.get(0))
                .containsEntry("travelExpensesPence", 320L)
                .containsEntry("receiptSeen", true);
        assertThat(refused).contains("<a href=\"#travelExpensesPence\">");
        assertThat(Html.tag(refused, "travelExpensesPence")).isNotEmpty();
        assertThat(DIARY.calls).hasSize(1);
    }

    @Test
    void expensesShowThePeriodsTotalsAndTheFinanceCsvIsADownload() throws Exception {
        // when
        String expenses = page("/sessions/expenses?from=2027-03-01&to=2027-03-31");

        // then
        assertThat(Html.text(expenses)).contains("£4.80 claimed", "Sanctuary Board");
        assertThat(Html.attr(Html.tag(expenses, "csv"), "href"))
                .isEqualTo("/sessions/expenses.csv?from=2027-03-01&to=2027-03-31");
        mvc.perform(get("/sessions/expenses.csv?from=2027-03-01&to=2027-03-31").with(officer()))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"expenses-newham-2027-03-01-2027-03-31.csv\""))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("session_id,participant_ref")));
    }
}
