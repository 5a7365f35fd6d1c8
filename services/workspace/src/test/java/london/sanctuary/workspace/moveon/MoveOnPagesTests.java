package london.sanctuary.workspace.moveon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The move-on pages over fake consent and referrals services (MockMvc, signed in with {@code oidcLogin()}): what a
 * move-on officer sees and sends, in words, and what others may not.
 */
class MoveOnPagesTests extends WorkspaceMockPageTest {

    String amina;

    @BeforeEach
    void setUp() {
        amina = FakeMoveOn.reset();
    }

    @Test
    void aMoveOnOfficerFindsThePersonAndSeesThatShareOnMoveHoldsWithBoroughsByNameButNotTheirOwn() throws Exception {
        // when
        String found = page(get("/move-on/new").param("q", "amina"), moveOn());
        String form = page(get("/move-on/new/" + amina), moveOn());

        // then
        assertThat(found)
                .contains("Amina Yusuf")
                .contains("/move-on/new/" + amina)
                .doesNotContain("07700 900456");
        assertThat(form)
                .contains("They have agreed to share their record if they move borough.")
                .contains("<option value=\"barnet\">Barnet</option>")
                .doesNotContain("value=\"newham\"")
                .contains("Dispersal by the Home Office")
                .contains("English classes (ESOL)")
                .contains("Arabic (<span lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void withoutShareOnMoveThePageSaysSoPlainlyLinksToRecordingItAndOffersNoWayToSend() throws Exception {
        // when
        String form = page(get("/move-on/new/" + FakeMoveOn.karim()), moveOn());

        // then
        assertThat(form)
                .contains(
                        "They have not agreed to share their record if they move borough, so no referral can be sent.")
                .contains("/people/" + FakeMoveOn.karim() + "/consents/new?purpose=SHARE_ON_MOVE")
                .doesNotContain("id=\"toBorough\"")
                .doesNotContain("id=\"continue\"");
    }

    @Test
    void aFormWithoutBoroughDateOrReasonIsShownAgainWithEachErrorAtItsFieldInThePagesLanguage() throws Exception {
        // when
        MockHttpServletResponse english =
                response(post("/move-on/new/" + amina + "/check").param("toBorough", "newham"), moveOn());
        MockHttpServletResponse arabic = response(
                post("/move-on/new/" + amina + "/check")
                        .param("moveDate", "31-02-2027")
                        .param("lang", "ar"),
                moveOn());

        // then
        assertThat(english.getStatus()).isEqualTo(400);
        assertThat(english.getContentAsString())
                .contains("govuk-error-summary")
                .contains("<a href=\"#toBorough\">Choose the borough they are moving to</a>")
                .contains("<a href=\"#moveDate\">Enter the date they move as a real date</a>")
                .contains("<a href=\"#reason\">Choose why they are moving</a>");
        assertThat(arabic.getContentAsString()).contains("<a href=\"#moveDate\">أدخل تاريخ الانتقال");
        assertThat(FakeMoveOn.REFERRALS.calls).isEmpty();
    }

    @Test
    void theAnswersAreCheckedInWordsThenSentOnceAndThePageSaysReferralSentToBarnet() throws Exception {
        // given the form filled in
        MockHttpServletRequestBuilder check = filled(post("/move-on/new/" + amina + "/check"));

        // when they check, then send (twice: a double click)
        String answers = page(check, moveOn());
        String referralId = between(answers, "name=\"referralId\" value=\"", "\"");
        MvcResult sent = mvc.perform(filled(post("/move-on/new/" + amina))
                        .param("referralId", referralId)
                        .with(csrf())
                        .with(moveOn()))
                .andReturn();
        mvc.perform(filled(post("/move-on/new/" + amina))
                .param("referralId", referralId)
                .with(csrf())
                .with(moveOn()));
        String list = page(get("/move-on").flashAttrs(sent.getFlashMap()), moveOn());

        // then
        assertThat(answers)
                .contains("Barnet")
                .contains("10 December 2026")
                .contains("Dispersal by the Home Office")
                .contains("English classes (ESOL), Entry 2:")
                .contains("Soon")
                .contains("Registering with a GP");
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/move-on");
        assertThat(FakeMoveOn.REFERRALS.sent).hasSize(1);
        ReferralDraft draft = FakeMoveOn.REFERRALS.drafts.get(referralId);
        assertThat(draft.support())
                .containsExactly(
                        new ReferralDraft.Support("ESOL", "Entry 2", "SOON"),
                        new ReferralDraft.Support("GP_REGISTRATION", "", "ROUTINE"));
        assertThat(draft.reason()).isEqualTo("DISPERSAL");
        assertThat(list).contains("Referral sent to Barnet").contains("answer due in 7 days");
    }

    @Test
    void aRefusalOfTheReferralsServiceIsShownAtItsFieldAndNothingPersonalIsLogged() throws Exception {
        // when
        MockHttpServletResponse refused;
        List<String> logged;
        try (LogCapture logs = LogCapture.open()) {
            refused = response(
                    filled(post("/move-on/new/" + amina), "city-of-london").param("note", "Amina fears her ex-partner"),
                    moveOn());
            logged = logs.lines();
        }

        // then
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString())
                .contains("<a href=\"#toBorough\">is not a borough on the referral exchange</a>")
                .contains("Amina fears her ex-partner</textarea>");
        assertThat(String.join("\n", logged)).doesNotContain("Amina", "Yusuf", "ex-partner", "07700");
    }

    @Test
    void theReferralsSentShowTheBoroughStatusAsAColouredTagAndTheClockInWordsOverdueInRed() throws Exception {
        // given
        FakeMoveOn.alreadySent(
                "barnet", "RECEIVED", Duration.ofDays(2).plusHours(4).plusMinutes(30));
        FakeMoveOn.alreadySent("lambeth", "REQUESTED", Duration.ofHours(-5).minusMinutes(20));
        FakeMoveOn.alreadySent("hackney", "ACCEPTED", Duration.ofDays(-3));

        // when
        String list = page(get("/move-on"), moveOn());

        // then
        assertThat(list)
                .contains("Barnet")
                .contains("answer due in 2 days 4 hours")
                .contains("<strong class=\"govuk-tag govuk-tag--red\">answer overdue by 5 hours</strong>")
                .contains("govuk-tag moveon-status govuk-tag--green\">Accepted</strong>")
                .contains("govuk-tag--light-blue\">Received</strong>")
                .contains("Referrals received (the move-on inbox)");
        assertThat(list.split("answer ", -1)).hasSize(3); // the accepted one has no clock
    }

    @Test
    void cancellingAsksFirstThenCancelsAndSaysSo() throws Exception {
        // given
        SentReferral referral = FakeMoveOn.alreadySent("barnet", "RECEIVED", Duration.ofDays(3));

        // when
        String details = page(get("/move-on/" + referral.referralId()), moveOn());
        String confirm = page(get("/move-on/" + referral.referralId() + "/cancellation"), moveOn());
        MvcResult cancelled = mvc.perform(post("/move-on/" + referral.referralId() + "/cancellation")
                        .param("version", "3")
                        .with(csrf())
                        .with(moveOn()))
                .andReturn();
        String list = page(get("/move-on").flashAttrs(cancelled.getFlashMap()), moveOn());

        // then
        assertThat(details).contains("Joining family").contains("History").contains("Sent to Barnet");
        assertThat(confirm).contains("Cancel the referral to Barnet?").contains("name=\"version\" value=\"3\"");
        assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/move-on");
        assertThat(list).contains("Referral to Barnet cancelled");
        assertThat(FakeMoveOn.REFERRALS.sent.get(referral.referralId()).status())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aReferralAlreadyAnsweredCannotBeCancelledAndThePageSaysWhyInWords() throws Exception {
        // given
        SentReferral referral = FakeMoveOn.alreadySent("barnet", "ACCEPTED", Duration.ofDays(3));

        // when
        String details = page(get("/move-on/" + referral.referralId()), moveOn());
        MockHttpServletResponse refused = response(
                post("/move-on/" + referral.referralId() + "/cancellation").param("version", "3"), moveOn());

        // then
        assertThat(details).doesNotContain("id=\"cancel-link\"");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("Barnet has already answered (Accepted), so the referral can no longer be cancelled.")
                .doesNotContain("id=\"confirm-cancel\"");
    }

    @Test
    void theSupportBarnetTookOnShowsTheDirectoryServiceItNamedWithItsContactAndAnotherServiceUnnamed()
            throws Exception {
        // given Barnet handed GP registration to a service of its directory, which its referrals service named, and
        // ESOL to another local service
        SentReferral referral = FakeMoveOn.alreadySent("barnet", "IN_PROGRESS", Duration.ofDays(3));
        SentReferral unnamed = FakeMoveOn.notNamedYet("barnet");
        SentReferral waiting = FakeMoveOn.alreadySent("lambeth", "ACCEPTED", Duration.ofDays(3));

        // when
        String details = page(get("/move-on/" + referral.referralId()), moveOn());
        String arabic = page(get("/move-on/" + referral.referralId()).param("lang", "ar"), moveOn());
        String notNamed = page(get("/move-on/" + unnamed.referralId()), moveOn());
        String notYet = page(get("/move-on/" + waiting.referralId()), moveOn());

        // then the directory service by name and organisation, with its website and phone; another service unnamed
        assertThat(between(details, "id=\"taken-on-0-by\">", "</span>"))
                .isEqualTo("Registering with a GP: taken on by " + FakeMoveOn.GP_SERVICE + " (Barnet Federated GPs)");
        assertThat(between(details, "id=\"taken-on-0\"", "</li>"))
                .contains("href=\"https://www.example.org/barnet/gp\"", FakeMoveOn.GP_SERVICE + "’s website")
                .contains("href=\"tel:02083592000\"", ">020 8359 2000</a>");
        assertThat(between(details, "id=\"taken-on-1\">", "</li>").strip())
                .isEqualTo("English classes (ESOL): another local service");
        assertThat(details).doesNotContain("id=\"local-service\"", "id=\"taken-on-which\"");
        assertThat(between(arabic, "id=\"taken-on-0-by\">", "</span>"))
                .isEqualTo("التسجيل لدى طبيب عام: تولّتها " + FakeMoveOn.GP_SERVICE + " (Barnet Federated GPs)");
        // and until Barnet's referrals service says which, "a service of Barnet's directory" and why no name yet
        assertThat(between(notNamed, "id=\"taken-on-0\">", "</li>").strip())
                .isEqualTo("Registering with a GP: a service of Barnet’s directory");
        assertThat(notNamed).contains("id=\"taken-on-which\"", "Barnet’s referrals service has not said yet");
        assertThat(notYet).contains("id=\"local-service\"").doesNotContain("id=\"taken-on\"");
    }

    @Test
    void aServiceAddressThatIsNotAWebPageIsNotLinked() {
        SentReferral.TakenOn odd =
                new SentReferral.TakenOn(0, "ESOL", true, "ESOL", null, "javascript:alert(1)", "+44 20 8359 2000");

        assertThat(odd.website()).isNull();
        assertThat(odd.telephone()).isEqualTo("tel:+442083592000");
    }

    @Test
    void anOfficerWithoutTheMoveOnRoleIsRefusedAndSeesNoLink() throws Exception {
        // when
        MockHttpServletResponse list = response(get("/move-on"), staff("newham.officer1", "officer"));
        String home = page(get("/"), staff("newham.officer1", "officer"));
        String moveOnHome = page(get("/"), moveOn());

        // then
        assertThat(list.getStatus()).isEqualTo(403);
        assertThat(home).doesNotContain("href=\"/move-on\"");
        assertThat(moveOnHome).contains("href=\"/move-on\"");
        assertThat(FakeMoveOn.REFERRALS.calls).isEmpty();
    }

    @Test
    void thePersonsPageLinksToSendingAReferralForThoseOnTheMoveOnTeamOnly() throws Exception {
        // when
        String both = page(get("/people/" + amina), staff("newham.lead", "officer", "move-on"));
        String officer = page(get("/people/" + amina), staff("newham.officer1", "officer"));

        // then
        assertThat(both).contains("href=\"/move-on/new/" + amina + "\"");
        assertThat(officer).contains("Amina Yusuf").doesNotContain("/move-on/new/");
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return filled(request, "barnet");
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String to) {
        return request.param("toBorough", to)
                .param("moveDate", "2026-12-10")
                .param("reason", "DISPERSAL")
                .param("support", "ESOL", "GP_REGISTRATION")
                .param("urgency-ESOL", "SOON")
                .param("level-ESOL", "Entry 2")
                .param("urgency-GP_REGISTRATION", "ROUTINE")
                .param("urgency-LEGAL_ADVICE", "URGENT");
    }

    private String page(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who) throws Exception {
        return response(request, who).getContentAsString();
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request, OidcLoginRequestPostProcessor who)
            throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(csrf()).with(who)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before) + before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    static OidcLoginRequestPostProcessor moveOn() {
        return staff("newham.moveon", "move-on");
    }

    static OidcLoginRequestPostProcessor staff(String subject, String... roles) {
        return newhamStaff(subject, "Dev Patel", roles);
    }
}
