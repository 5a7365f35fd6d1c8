package london.sanctuary.workspace.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import london.sanctuary.platform.test.ScannedQr;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.sessions.CardCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/**
 * The people pages over a fake consent service (MockMvc, signed in with {@code oidcLogin()}): what an officer sees
 * and does, and what others may not; on the page tests' one workspace ({@code WorkspaceMockPageTest}).
 */
class PeoplePageTests extends WorkspaceMockPageTest {

    @Autowired
    FakeConsentRecords consent;

    @Autowired
    CardCodes cards;

    @BeforeEach
    void setUp() {
        consent.people.clear();
        consent.calls.clear();
        consent.erasureAsked.clear();
    }

    @Test
    void anOfficerFindsAPersonByNameAndReachesTheirPage() throws Exception {
        // given
        Person amira = consent.add("newham", "Amira Haddad", "07700 900123", "ar", "en");

        // when
        String page = page(get("/people").param("q", "amira"), officer());

        // then
        assertThat(page)
                .contains("Amira Haddad")
                .contains("/people/" + amira.participantRef())
                .contains("ar, en");
        assertThat(page).doesNotContain("07700 900123");
    }

    @Test
    void aSearchTheServiceRefusesIsShownAgainWithTheErrorSummaryNamingTheField() throws Exception {
        String page = page(get("/people").param("q", "a".repeat(201)), officer());

        assertThat(page).contains("govuk-error-summary").contains("href=\"#q\"").contains("at most 200 characters");
    }

    @Test
    void enrollingSomeoneWhoLooksEnrolledShowsThemAndEnrolsOnlyWhenTheOfficerConfirms() throws Exception {
        // given
        Person existing = consent.add("newham", "Amira Haddad", "07700 900123", "ar");

        // when the officer enrols the same name and phone
        String warning = page(
                post("/people")
                        .param("name", "Amira Haddad")
                        .param("phone", "07700 900123")
                        .param("preferredLanguages", "ar")
                        .with(csrf()),
                officer());

        // then they see the person already enrolled, and a way to say it is someone else
        assertThat(warning).contains("may already be enrolled").contains("/people/" + existing.participantRef());
        assertThat(warning).contains("name=\"confirmedNotDuplicate\"");
        assertThat(consent.people).hasSize(1);

        // and when they confirm, the person is enrolled
        mvc.perform(post("/people")
                        .param("name", "Amira Haddad")
                        .param("phone", "07700 900123")
                        .param("preferredLanguages", "ar")
                        .param("confirmedNotDuplicate", "true")
                        .with(csrf())
                        .with(officer()))
                .andExpect(status().is3xxRedirection());
        assertThat(consent.people).hasSize(2);
    }

    @Test
    void anEnrolmentWithoutANameIsShownAgainInArabicWithWhatWasTyped() throws Exception {
        String page = page(
                post("/people")
                        .param("name", "")
                        .param("phone", "07700 900456")
                        .param("preferredLanguages", "ar")
                        .param("lang", "ar")
                        .with(csrf()),
                officer());

        assertThat(page).contains("dir=\"rtl\"").contains("govuk-error-summary").contains("هناك مشكلة");
        assertThat(page).contains("href=\"#name\"").contains("value=\"07700 900456\"");
        assertThat(page).as("the form carries its CSRF token").contains("name=\"_csrf\"");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenChangesNothing() throws Exception {
        // someone signed in who posts a form without its token is forbidden (see SessionEnded)
        mvc.perform(post("/people")
                        .param("name", "Someone")
                        .param("preferredLanguages", "en")
                        .with(officer()))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/forbidden"));

        assertThat(consent.calls).isEmpty();
    }

    @Test
    void aStaffMemberWhoIsNotAnOfficerSeesNoLinkAndIsRefusedThePage() throws Exception {
        OidcLoginRequestPostProcessor analyst = staff("gla.analyst", null, "analyst");

        mvc.perform(get("/people").with(analyst)).andExpect(status().isForbidden());
        String home = page(get("/"), analyst);

        assertThat(home).doesNotContain("href=\"/people\"");
        assertThat(page(get("/"), officer())).contains("href=\"/people\"");
    }

    @Test
    void anotherBoroughsPersonIsNotFoundOnAPageThatStillShowsWhoIsSignedInAndTheirNavigation() throws Exception {
        Person barnet = consent.add("barnet", "Someone In Barnet", null, "en");

        String page = mvc.perform(get("/people/" + barnet.participantRef()).with(officer()))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Page not found").contains("Amina Hassan").contains("href=\"/people\"");
        assertThat(page).doesNotContain("Someone In Barnet");
    }

    @Test
    void consentRecordedVerballyThroughAnInterpreterIsToBeReconfirmedUntilItIs() throws Exception {
        // given
        Person amira = consent.add("newham", "Amira Haddad", null, "ar");
        String ref = amira.participantRef();

        // when consent is recorded, verbally through an interpreter
        mvc.perform(post("/people/" + ref + "/consents")
                        .param("version", "1")
                        .param("purpose", "RECONTACT")
                        .param("legalBasis", "CONSENT")
                        .param("method", "VERBAL_WITH_INTERPRETER")
                        .param("language", "ar")
                        .param("interpreter", "ar")
                        .param("noticeVersion", "2026-10")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/people/" + ref + "?recorded"));
        String recorded = page(get("/people/" + ref).param("recorded", ""), officer());

        // then it waits for re-confirmation, and can be re-confirmed
        assertThat(consent.calls).contains("grant RECONTACT VERBAL_WITH_INTERPRETER ar");
        assertThat(recorded).contains("The consent was recorded.").contains("to be re-confirmed");
        assertThat(recorded).contains("/people/" + ref + "/consents/RECONTACT/reconfirmation");
        mvc.perform(post("/people/" + ref + "/consents/RECONTACT/reconfirmation")
                        .param("version", "2")
                        .param("method", "WRITTEN")
                        .param("language", "ar")
                        .param("noticeVersion", "2026-10")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/people/" + ref + "?reconfirmed"));
        assertThat(page(get("/people/" + ref), officer()))
                .contains("Re-confirmed")
                .contains("Given</strong>");
    }

    @Test
    void aChangeOfDetailsMadeOnAnOldVersionSaysSoAndKeepsWhatWasTyped() throws Exception {
        // given someone changed the person meanwhile
        Person amira = consent.add("newham", "Amira Haddad", null, "ar");

        // when
        String page = page(
                post("/people/" + amira.participantRef() + "/details")
                        .param("version", "0")
                        .param("name", "Amira K. Haddad")
                        .param("preferredLanguages", "ar")
                        .with(csrf()),
                officer());

        // then
        assertThat(page).contains("govuk-error-summary").contains("changed by someone else");
        assertThat(page).contains("value=\"Amira K. Haddad\"").contains("name=\"version\" value=\"1\"");
    }

    @Test
    void theReceiptPrintsInTheLanguageThePersonConsentedInWhateverTheOfficersLanguage() throws Exception {
        // given consent given in Arabic
        Person amira = consent.add("newham", "Amira Haddad", null, "ar");
        consent.grant(
                "newham",
                amira.participantRef(),
                1,
                new ConsentGiven("PARTICIPATE", "CONSENT", "WRITTEN", "ar", "", "2026-10"));

        // when an officer working in English prints the receipt
        String receipt = page(get("/people/" + amira.participantRef() + "/receipt"), officer());

        // then
        assertThat(receipt).contains("lang=\"ar\"").contains("dir=\"rtl\"").contains("إيصال موافقتك");
        assertThat(receipt).contains("المشاركة في الجلسات");
        assertThat(page(get("/people/" + amira.participantRef() + "/receipt").param("in", "en"), officer()))
                .contains("lang=\"en\"")
                .contains("Your consent receipt");
    }

    @Test
    void erasingAPersonFirstSaysWhatWillHappenEverywhere() throws Exception {
        // given
        Person amira = consent.add("newham", "Amira Haddad", null, "ar");
        String ref = amira.participantRef();

        // when
        String confirm = page(get("/people/" + ref + "/erasure"), officer());
        mvc.perform(post("/people/" + ref + "/erasure")
                        .param("version", "1")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/people?erased"));

        // then
        assertThat(confirm)
                .contains("cannot be undone")
                .contains("other borough")
                .contains("registrations");
        assertThat(consent.people).doesNotContainKey(ref);
    }

    @Test
    void
            givenPeopleWhoAskedToBeErasedWhenAnOfficerOpensHomeAndTheTaskThenTheCountAndTheOldestFirstAreShownAndErasingEndsOne()
                    throws Exception {
        // given
        String later = consent.add("newham", "Amira Haddad", null, "ar").participantRef();
        String earlier = consent.add("newham", "Farid Rahimi", null, "fa").participantRef();
        String barnets = consent.add("barnet", "Someone Else", null, "en").participantRef();
        consent.erasureAsked.put(later, java.time.Instant.parse("2026-12-02T10:00:00Z"));
        consent.erasureAsked.put(earlier, java.time.Instant.parse("2026-12-01T10:00:00Z"));
        consent.erasureAsked.put(barnets, java.time.Instant.parse("2026-11-30T10:00:00Z"));

        // when
        String home = page(get("/"), officer());
        String task = page(get("/people/erasure-requests"), officer());
        mvc.perform(post("/people/" + earlier + "/erasure")
                        .param("version", "1")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/people?erased"));
        String after = page(get("/people/erasure-requests"), officer());

        // then
        assertThat(home).contains("People who asked to be erased: 2", "href=\"/people/erasure-requests\"");
        assertThat(task.indexOf(earlier)).isPositive().isLessThan(task.indexOf(later));
        assertThat(task).contains("href=\"/people/" + later + "\"").doesNotContain(barnets, "Amira", "Farid");
        assertThat(after).doesNotContain(earlier).contains(later);
    }

    @Test
    void givenNoOfficerRoleWhenTheErasureTaskIsOpenedThenItIsForbiddenAndHomeShowsNoCount() throws Exception {
        // given
        consent.erasureAsked.put(
                consent.add("newham", "Amira Haddad", null, "ar").participantRef(), java.time.Instant.now());

        // when / then
        mvc.perform(get("/people/erasure-requests").with(staff("gla.analyst", null, "analyst")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/erasure-requests").with(staff("newham.lead", "newham", "service-lead")))
                .andExpect(status().isForbidden());
        assertThat(page(get("/"), staff("newham.lead", "newham", "service-lead")))
                .doesNotContain("asked to be erased");
        assertThat(consent.calls).doesNotContain("erasureRequests");
    }

    @Test
    void onlyAServiceLeadSeesTheLinkToAPersonsAuditTrail() throws Exception {
        Person amira = consent.add("newham", "Amira Haddad", null, "ar");
        String path = "/people/" + amira.participantRef();

        assertThat(page(get(path), officer())).doesNotContain(path + "/audit").contains(path + "/subject-access");
        assertThat(page(get(path), staff("newham.lead", "newham", "officer", "service-lead")))
                .contains(path + "/audit");
    }

    @Test
    void anOfficerEmailsTheReceiptAndTheBannerSaysSoWithoutTheAddress() throws Exception {
        // given a person with an e-mail address on record
        String ref = withEmail(consent.add("newham", "Amira Haddad", "07700 900123", "ar"));
        assertThat(page(get("/people/" + ref), officer())).contains("/people/" + ref + "/receipt/email");

        // when
        mvc.perform(post("/people/" + ref + "/receipt/email").with(csrf()).with(officer()))
                .andExpect(redirectedUrl("/people/" + ref + "?receipt-emailed"));
        String sent = page(get("/people/" + ref).param("receipt-emailed", ""), officer());

        // then
        assertThat(consent.calls).contains("email-receipt");
        assertThat(sent)
                .contains("govuk-notification-banner--success")
                .containsPattern("id=\"done\"[^>]*>Receipt sent to the e-mail on record.<");
    }

    @Test
    void aPersonWithNoEmailHasNoButtonAndARefusalIsTheErrorSummaryNamingTheEmail() throws Exception {
        // given a person with no e-mail address
        String ref = consent.add("newham", "Amira Haddad", "07700 900123", "ar").participantRef();

        // when
        String page = page(get("/people/" + ref), officer());
        String refused = page(post("/people/" + ref + "/receipt/email").with(csrf()), officer());

        // then
        assertThat(page).doesNotContain("/people/" + ref + "/receipt/email").contains("id=\"email-receipt-hint\"");
        assertThat(refused)
                .contains("govuk-error-summary")
                .contains("href=\"#email\"")
                .contains("no e-mail address on this person");
    }

    @Test
    void aReceiptEmailedTooOftenIsTheErrorSummarySayingWhyAndWhenToTryAgain() throws Exception {
        // given a person with an e-mail address who has been e-mailed their receipt three times
        String ref = withEmail(consent.add("newham", "Amira Haddad", "07700 900123", "ar"));
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/people/" + ref + "/receipt/email").with(csrf()).with(officer()))
                    .andExpect(redirectedUrl("/people/" + ref + "?receipt-emailed"));
        }

        // when the officer presses the button a fourth time
        String refused = page(post("/people/" + ref + "/receipt/email").with(csrf()), officer());

        // then the page says why and when, at the e-mail
        assertThat(refused)
                .contains("govuk-error-summary")
                .contains("href=\"#email\"")
                .contains("e-mailed their receipt as often as allowed for now; print the receipt, or try again in 42");
    }

    @Test
    void emailingAReceiptNeedsTheFormsTokenAndTheOfficerRole() throws Exception {
        // given
        String ref = consent.add("newham", "Amira Haddad", "07700 900123", "ar").participantRef();
        String path = "/people/" + ref + "/receipt/email";

        // when / then: without its token, 403; without the role, 403
        mvc.perform(post(path).with(officer())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf()).with(staff("gla.analyst", null, "analyst")))
                .andExpect(status().isForbidden());
        assertThat(consent.calls).doesNotContain("email-receipt");
    }

    /** The person again, with an e-mail address on record; their reference. */
    private String withEmail(Person added) {
        String ref = added.participantRef();
        consent.people.put(
                ref,
                new Person(
                        ref,
                        added.name(),
                        added.phone(),
                        "amira.haddad@example.org",
                        added.preferredLanguages(),
                        null,
                        added.enrolledAt(),
                        List.of(),
                        1));
        return ref;
    }

    @Test
    void anOfficerPrintsTheirLinkAsACardWhoseQrCodeIsTheLinkShownOnceAndNeverCached() throws Exception {
        // given
        String ref = consent.add("newham", "Amira Haddad", "07700 900123", "ar").participantRef();
        assertThat(page(get("/people/" + ref), officer())).contains("/people/" + ref + "/personal-link/card");

        // when
        var answer = mvc.perform(post("/people/" + ref + "/personal-link/card")
                        .with(csrf())
                        .with(officer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        String card = answer.getContentAsString();

        // then
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
        assertThat(card).contains(consent.printed).contains("id=\"card-qr\"");
        String qr = card.replaceAll("(?s).*id=\"card-qr\" src=\"([^\"]+)\".*", "$1");
        assertThat(ScannedQr.text(qr)).isEqualTo(consent.printed);
        assertThat(consent.calls).containsExactly("print-link");
        // and it is their one card: the borough, "show it at the door", their card code, and no name on it
        int start = card.indexOf("id=\"card\"");
        String printed = card.substring(start, card.indexOf("</section>", start));
        assertThat(printed.replaceAll("<[^>]+>", " "))
                .contains(
                        "Newham",
                        "Show this card at the door",
                        cards.of("newham", ref).printed())
                .doesNotContain("Amira", "Haddad", ref);
        assertThat(page(get("/people/" + ref), officer())).doesNotContain("/people/" + ref + "/card\"");
    }

    @Test
    void anOfficerTextsTheirLinkAndAPersonWithNoPhoneIsTheErrorSummaryAtTheButton() throws Exception {
        // given
        String withPhone =
                consent.add("newham", "Amira Haddad", "07700 900123", "ar").participantRef();
        String withoutPhone = consent.add("newham", "Samir Haddad", null, "ar").participantRef();

        // when
        mvc.perform(post("/people/" + withPhone + "/personal-link/text")
                        .with(csrf())
                        .with(officer()))
                .andExpect(redirectedUrl("/people/" + withPhone + "?link-texted"));
        String texted = page(get("/people/" + withPhone).param("link-texted", ""), officer());
        String refused =
                page(post("/people/" + withoutPhone + "/personal-link/text").with(csrf()), officer());

        // then
        assertThat(texted).containsPattern("id=\"done\"[^>]*>Their own link is on its way");
        assertThat(refused).contains("govuk-error-summary", "href=\"#delivery\"", "No phone number is on record");
    }

    @Test
    void stoppingTheirLinkNeedsTheFormsTokenAndTheOfficerRole() throws Exception {
        // given
        String ref = consent.add("newham", "Amira Haddad", "07700 900123", "ar").participantRef();
        String path = "/people/" + ref + "/personal-link/end";

        // when / then
        mvc.perform(post(path).with(officer())).andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf()).with(staff("gla.analyst", null, "analyst")))
                .andExpect(status().isForbidden());
        assertThat(consent.calls).isEmpty();
        mvc.perform(post(path).with(csrf()).with(officer())).andExpect(redirectedUrl("/people/" + ref + "?link-ended"));
        assertThat(consent.calls).containsExactly("end-link");
    }

    private String page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            OidcLoginRequestPostProcessor who)
            throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse().getContentAsString();
    }

    static OidcLoginRequestPostProcessor officer() {
        return staff("newham.officer1", "newham", "officer");
    }

    static OidcLoginRequestPostProcessor staff(String subject, String borough, String... roles) {
        return oidcLogin().idToken(token -> {
            token.subject(subject).claim("name", "Amina Hassan").claim("roles", List.of(roles));
            if (borough != null) {
                token.claim("borough", borough);
            }
        });
    }
}
