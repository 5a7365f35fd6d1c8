package london.sanctuary.workspace.safeguarding;

import static london.sanctuary.workspace.safeguarding.FakeSafeguardingApi.CONCERN;
import static london.sanctuary.workspace.safeguarding.FakeSafeguardingApi.REF;
import static london.sanctuary.workspace.safeguarding.FakeSafeguardingApi.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** The safeguarding and retention pages, signed in by role, over a fake of the consent service's API. */
public class SafeguardingPagesTests extends WorkspaceMockPageTest {

    static final OidcLoginRequestPostProcessor OFFICER = staff("newham.officer1", "Amina Hassan", "officer");
    static final OidcLoginRequestPostProcessor LEAD = staff("newham.lead", "Grace Mensah", "safeguarding-lead");
    static final OidcLoginRequestPostProcessor SERVICE_LEAD = staff("newham.lead", "Grace Mensah", "service-lead");

    @TestConfiguration
    public static class Fakes {
        @Bean
        @Primary
        FakeSafeguardingApi fakeSafeguardingApi() {
            return new FakeSafeguardingApi();
        }
    }

    @Autowired
    FakeSafeguardingApi api;

    @BeforeEach
    void setUp() {
        api.reset();
    }

    @Test
    void anOfficerFlagsAConcernFromThePersonsPageAndIsToldTheLeadWillSeeIt() throws Exception {
        // given the form
        mvc.perform(get("/people/" + REF + "/concerns/new").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Flag a safeguarding concern")))
                .andExpect(content().string(containsString("call 999")));

        // when they send it
        mvc.perform(post("/people/" + REF + "/concerns")
                        .with(OFFICER)
                        .with(csrf())
                        .param("summary", SUMMARY))
                .andExpect(redirectedUrl("/people/" + REF + "/concerns/flagged"));

        // then the service was asked, and the next page says who will see it
        assertThat(api.calls).containsExactly(List.of("flag", "newham", REF, SUMMARY));
        mvc.perform(get("/people/" + REF + "/concerns/flagged").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("safeguarding lead sees it")));
    }

    @Test
    void anEmptyConcernIsTheFormAgainWithAnErrorSummaryNamingTheFieldInThePagesLanguage() throws Exception {
        // when / then in English
        mvc.perform(post("/people/" + REF + "/concerns")
                        .with(OFFICER)
                        .with(csrf())
                        .param("summary", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#summary\"")))
                .andExpect(content().string(containsString("Enter what you are concerned about")));

        // and in Arabic, right to left
        mvc.perform(post("/people/" + REF + "/concerns?lang=ar")
                        .with(OFFICER)
                        .with(csrf())
                        .param("summary", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("اكتب ما الذي يقلقك")));
        assertThat(api.calls).isEmpty();
    }

    @Test
    void aRefusalFromTheServiceIsShownBesideItsFieldWithWhatWasTyped() throws Exception {
        // given
        api.refusal = new ServiceRefusal("consent", 400, Optional.of("summary"), "must be at most 4000 characters");

        // when / then
        mvc.perform(post("/people/" + REF + "/concerns")
                        .with(OFFICER)
                        .with(csrf())
                        .param("summary", SUMMARY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#summary\"")))
                .andExpect(content().string(containsString("must be at most 4000 characters")))
                .andExpect(content().string(containsString(SUMMARY)));
    }

    @Test
    void theSafeguardingLeadSeesOpenConcernsWithTheirTextAndClosesOneSayingWhatWasDone() throws Exception {
        // given the lead's list and the concern's page
        mvc.perform(get("/safeguarding").with(LEAD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SUMMARY)))
                .andExpect(content().string(containsString("Amina Hassan")))
                .andExpect(content().string(containsString("/safeguarding/concerns/" + CONCERN + "/close")));
        mvc.perform(get("/safeguarding/concerns/" + CONCERN + "/close").with(LEAD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SUMMARY)));

        // when they close it without saying what was done, then saying it
        mvc.perform(post("/safeguarding/concerns/" + CONCERN + "/closure")
                        .with(LEAD)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#actionTaken\"")));
        mvc.perform(post("/safeguarding/concerns/" + CONCERN + "/closure")
                        .with(LEAD)
                        .with(csrf())
                        .param("actionTaken", "Referred to the MASH"))
                .andExpect(redirectedUrl("/safeguarding?closed=true"));

        // then
        assertThat(api.calls).containsExactly(List.of("close", "newham", CONCERN, "Referred to the MASH"));
        mvc.perform(get("/safeguarding?closed=true").with(LEAD))
                .andExpect(content().string(containsString("The concern is closed.")));
    }

    @Test
    void anOfficerWhoIsNotTheLeadHasNoLinkToTheConcernsAndIsRefusedThem() throws Exception {
        mvc.perform(get("/").with(OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/safeguarding\""))))
                .andExpect(content().string(not(containsString("href=\"/retention\""))));
        mvc.perform(get("/").with(LEAD)).andExpect(content().string(containsString("href=\"/safeguarding\"")));
        mvc.perform(get("/safeguarding").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/safeguarding/concerns/" + CONCERN + "/close").with(OFFICER))
                .andExpect(status().isForbidden());
        mvc.perform(post("/safeguarding/concerns/" + CONCERN + "/closure")
                        .with(OFFICER)
                        .with(csrf())
                        .param("actionTaken", "done"))
                .andExpect(status().isForbidden());
        assertThat(api.calls).isEmpty();
    }

    @Test
    void aConcernThatIsNotOpenOrAnIdThatIsNoIdIsNotFound() throws Exception {
        mvc.perform(get("/safeguarding/concerns/" + REF + "/close").with(LEAD)).andExpect(status().isNotFound());
        mvc.perform(get("/people/not-a-ref/concerns/new").with(OFFICER)).andExpect(status().isNotFound());
    }

    @Test
    void theServiceLeadReviewsRetentionAndKeepsARecordWithAReasonThatIsNotAboutThePerson() throws Exception {
        // given the review list
        mvc.perform(get("/retention").with(SERVICE_LEAD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(REF)))
                .andExpect(content().string(containsString("Open housing appeal")))
                .andExpect(content().string(containsString("a session they registered for or attended")))
                .andExpect(content().string(containsString("/retention/" + REF + "/keep")))
                .andExpect(content().string(containsString("href=\"/people/" + REF + "\"")));
        mvc.perform(get("/retention/" + REF + "/keep").with(SERVICE_LEAD))
                .andExpect(content().string(containsString("Do not write anything about the person")));

        // when a reason is missing, then given
        mvc.perform(post("/retention/" + REF + "/keep").with(SERVICE_LEAD).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Enter why the record is kept")));
        mvc.perform(post("/retention/" + REF + "/keep")
                        .with(SERVICE_LEAD)
                        .with(csrf())
                        .param("reason", "Open housing appeal"))
                .andExpect(redirectedUrl("/retention?kept=true"));

        // then
        assertThat(api.calls).containsExactly(List.of("keep", "newham", REF, "Open housing appeal"));
    }

    @Test
    void onlyAServiceLeadReviewsRetentionAndEveryFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(get("/retention").with(OFFICER)).andExpect(status().isForbidden());
        mvc.perform(get("/retention").with(LEAD)).andExpect(status().isForbidden());
        // a form without its token, from someone signed in, is forbidden
        mvc.perform(post("/retention/" + REF + "/keep").with(SERVICE_LEAD).param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + REF + "/concerns").with(OFFICER).param("summary", SUMMARY))
                .andExpect(status().isForbidden());
        assertThat(api.calls).isEmpty();
    }

    static OidcLoginRequestPostProcessor staff(String subject, String name, String role) {
        return oidcLogin()
                .idToken(token -> token.subject(subject)
                        .claim("name", name)
                        .claim("borough", "newham")
                        .claim("roles", List.of(role)));
    }
}
