package london.sanctuary.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.WorkspaceMockPageTest;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The audit trail, the audit export and the subject access pages, over fake ports to the services, in MockMvc (no
 * browser: the pages are read as HTML and downloads).
 */
public class AuditPagesTests extends WorkspaceMockPageTest {

    static final String REF = "3f2b8c1e-6f0a-4a57-9a4e-2b1f0c9d7e11";

    @Autowired
    FakeTrails trails;

    @BeforeEach
    void setUp() {
        trails.exported.clear();
        trails.refusal = null;
    }

    @Test
    void aServiceLeadSeesAPersonsTrailFromEveryServiceNewestFirstWithWhoByName() throws Exception {
        MvcResult page =
                mvc.perform(get("/people/" + REF + "/audit").with(lead())).andReturn();

        String html = page.getResponse().getContentAsString();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("Grace Officer", "newham.officer1", "referrals-service", "consent.granted");
        assertThat(html.indexOf("referral.sent")).isLessThan(html.indexOf("consent.granted"));
        assertThat(html.indexOf("consent.granted")).isLessThan(html.indexOf("participant.read"));
    }

    @Test
    void anOfficerWithoutTheServiceLeadRoleIsRefusedTheAuditPagesAndSeesNoLinkToThem() throws Exception {
        assertThat(mvc.perform(get("/people/" + REF + "/audit").with(officer()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/audit").with(officer()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        String home =
                mvc.perform(get("/").with(officer())).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("href=\"/audit\"");
        String leadsHome =
                mvc.perform(get("/").with(lead())).andReturn().getResponse().getContentAsString();
        assertThat(leadsHome).contains("href=\"/audit\"");
    }

    @Test
    void theExportForAPeriodIsOneCsvDownloadFromEveryService() throws Exception {
        MvcResult csv = mvc.perform(
                        get("/audit/export.csv?from=2026-11-01&to=2026-11-30").with(lead()))
                .andReturn();

        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"audit-newham-2026-11-01-2026-11-30.csv\"");
        assertThat(csv.getResponse().getContentAsString()).startsWith("at,borough,service");
        assertThat(trails.exported).containsExactly("newham 2026-11-01 2026-11-30");
    }

    @Test
    void aDateThatIsNotADateShowsTheFormAgainWithAnErrorSummaryNamingTheField() throws Exception {
        MvcResult page = mvc.perform(
                        get("/audit/export.csv?from=yesterday&to=2026-11-30").with(lead()))
                .andReturn();

        String html = page.getResponse().getContentAsString();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("govuk-error-summary", "href=\"#from\"", "value=\"yesterday\"");
        assertThat(trails.exported).isEmpty();
    }

    @Test
    void aPeriodTheServicesRefuseShowsTheirReasonBesideTheField() throws Exception {
        trails.refusal = new ServiceRefusal("consent", 422, Optional.of("to"), "the period can be at most 366 days");

        String html = mvc.perform(
                        get("/audit/export.csv?from=2024-01-01&to=2026-01-01").with(lead()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("govuk-error-summary", "href=\"#to\"", "the period can be at most 366 days");
    }

    @Test
    void theExportFormWorksInArabicRightToLeft() throws Exception {
        String html = mvc.perform(get("/audit?lang=ar").with(lead()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("dir=\"rtl\"", "name=\"from\"", "name=\"to\"");
    }

    @Test
    void subjectAccessIsOneJsonDownloadAndAReadablePage() throws Exception {
        MvcResult json = mvc.perform(
                        get("/people/" + REF + "/subject-access.json").with(officer()))
                .andReturn();
        MvcResult page = mvc.perform(get("/people/" + REF + "/subject-access").with(officer()))
                .andReturn();

        assertThat(json.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"subject-access-" + REF + ".json\"");
        assertThat(json.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(json.getResponse().getContentAsString())
                .contains("\"profile\"", "\"name\":\"Zarlasht Example\"", "\"noticesSent\"");
        String html = page.getResponse().getContentAsString();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("Zarlasht Example", "granted at", "RECONTACT", "Repairs in a week");
    }

    @Test
    void subjectAccessHasTheReferralsTheBoroughSentOrReceivedForThePerson() throws Exception {
        // given the referrals service holds one referral Newham sent for the person
        // when an officer opens the page and downloads the JSON
        MvcResult page = mvc.perform(get("/people/" + REF + "/subject-access").with(officer()))
                .andReturn();
        MvcResult json = mvc.perform(
                        get("/people/" + REF + "/subject-access.json").with(officer()))
                .andReturn();

        // then both carry the referrals section, the page under its own heading
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Referrals this borough sent or received for them", "OUTGOING", "barnet", "FAMILY_REUNION");
        assertThat(json.getResponse().getContentAsString()).contains("\"referrals\"", "\"toBorough\":\"barnet\"");
    }

    @Test
    void theServiceLeadsSubjectAccessHasTheLinkedFeedbackEachAnswerBesideItsQuestion() throws Exception {
        // given the feedback service gives the service lead the person's one linked response
        // when the lead opens the page and downloads the JSON
        MvcResult page = mvc.perform(get("/people/" + REF + "/subject-access").with(lead()))
                .andReturn();
        MvcResult json = mvc.perform(
                        get("/people/" + REF + "/subject-access.json").with(lead()))
                .andReturn();

        // then both carry the answers under the linked feedback section, and no "not shown"
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Feedback linked to them", "What should we change?", "The hotel room is damp")
                .doesNotContain("shown only to your borough");
        assertThat(json.getResponse().getContentAsString())
                .contains("\"linkedFeedback\"", "\"answer\":[\"The hotel room is damp\"]")
                .doesNotContain("notShown");
    }

    @Test
    void anOfficersSubjectAccessSaysPlainlyThatOnlyTheServiceLeadCanProduceTheLinkedFeedback() throws Exception {
        // given the feedback service refuses officers a person's linked responses
        // when an officer opens the page, in English and in Arabic, and downloads the JSON
        String english = mvc.perform(get("/people/" + REF + "/subject-access").with(officer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String arabic = mvc.perform(
                        get("/people/" + REF + "/subject-access?lang=ar").with(officer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String json = mvc.perform(get("/people/" + REF + "/subject-access.json").with(officer()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // then each says who can produce it, and none carries an answer
        assertThat(english)
                .contains("Feedback linked to this person is shown only to your borough&#39;s service lead")
                .doesNotContain("The hotel room is damp");
        assertThat(arabic).contains("لا تظهر الملاحظات المرتبطة بهذا الشخص إلا لقائد الخدمة");
        assertThat(json)
                .contains("\"notShown\":\"Feedback linked to the person is shown only to the borough's service lead");
    }

    @Test
    void subjectAccessForAPersonNotInTheBoroughIsNotFound() throws Exception {
        int status = mvc.perform(get("/people/00000000-0000-4000-8000-000000000000/subject-access")
                        .with(officer()))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(404);
    }

    static OidcLoginRequestPostProcessor lead() {
        return staff("newham.lead", "Lee Lead", "service-lead");
    }

    static OidcLoginRequestPostProcessor officer() {
        return staff("newham.officer1", "Grace Officer", "officer");
    }

    static OidcLoginRequestPostProcessor staff(String subject, String name, String role) {
        return oidcLogin()
                .idToken(token -> token.subject(subject)
                        .claim("name", name)
                        .claim("borough", "newham")
                        .claim("roles", List.of(role)));
    }

    /** Two services' entries about the person, and an export that says what it was asked. */
    static class FakeTrails implements AuditTrails {

        final List<String> exported = new ArrayList<>();
        ServiceRefusal refusal;

        @Override
        public List<AuditLine> of(String borough, String participantRef) {
            Instant now = Instant.now();
            return List.of(
                    new AuditLine(now, "referrals", "referral.sent", "referrals-service", null, "r-1"),
                    new AuditLine(
                            now.minusSeconds(60),
                            "consent",
                            "consent.granted",
                            "newham.officer1",
                            "Grace Officer",
                            "c-1"),
                    new AuditLine(
                            now.minusSeconds(120),
                            "consent",
                            "participant.read",
                            "newham.officer1",
                            "Grace Officer",
                            null));
        }

        @Override
        public String export(String borough, LocalDate from, LocalDate to) {
            if (refusal != null) {
                throw refusal;
            }
            exported.add(borough + " " + from + " " + to);
            return "at,borough,service,action,subject,name,participant_ref,record_id\r\n";
        }
    }

    /** As the feedback service answers: the answers to the service lead, a refusal turned "not shown" to others. */
    static Map<String, Object> linkedFeedback(String ref) {
        if (StaffMember.current().filter(s -> s.has(Role.SERVICE_LEAD)).isEmpty()) {
            return Map.of("participantRef", ref, ServiceSubjectAccess.NOT_SHOWN, ServiceSubjectAccess.LEAD_ONLY);
        }
        return Map.of(
                "participantRef",
                ref,
                "responses",
                List.of(Map.of(
                        "form",
                        "Tell us about the open house",
                        "answers",
                        List.of(Map.of(
                                "questionId",
                                "q1",
                                "question",
                                "What should we change?",
                                "answer",
                                List.of("The hotel room is damp"))))));
    }

    @TestConfiguration
    public static class Fakes {

        @Bean
        @Primary
        FakeTrails fakeTrails() {
            return new FakeTrails();
        }

        @Bean
        @Primary
        SubjectAccess fakeSubjectAccess() {
            return (borough, ref) -> {
                if (!REF.equals(ref)) {
                    throw new ServiceRefusal("consent", 404, Optional.empty(), "Participant not found");
                }
                Map<String, Object> sections = new LinkedHashMap<>();
                sections.put(
                        "profile",
                        Map.of(
                                "name",
                                "Zarlasht Example",
                                "consents",
                                List.of(Map.of("purpose", "RECONTACT", "grantedAt", "2026-11-01T10:00:00Z"))));
                sections.put("linkedFeedback", linkedFeedback(ref));
                sections.put("noticesSent", Map.of("notices", List.of(Map.of("text", "Repairs in a week"))));
                sections.put(
                        "referrals",
                        Map.of(
                                "participantRef",
                                REF,
                                "referrals",
                                List.of(Map.of(
                                        "side", "OUTGOING",
                                        "toBorough", "barnet",
                                        "status", "ACCEPTED",
                                        "reason", "FAMILY_REUNION"))));
                return sections;
            };
        }
    }
}
