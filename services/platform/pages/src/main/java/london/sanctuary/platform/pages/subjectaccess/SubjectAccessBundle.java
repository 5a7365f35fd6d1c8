package london.sanctuary.platform.pages.subjectaccess;

import java.util.List;
import java.util.Objects;

/**
 * What a subject-access bundle contains: its sections, in the order the page and the download show them. Each
 * section is answered by one service, at a staff address (read with the signed-in staff member's token) and at a
 * narrow personal address (read with the borough's service token for the person's own page, decision 0065).
 */
public final class SubjectAccessBundle {

    /** The key of a section the reader may not see, its value saying who can produce it. */
    public static final String NOT_SHOWN = "notShown";

    /** The key of a section whose service did not answer just now. */
    public static final String NOT_READ = "notReadNow";

    public static final Section PROFILE = new Section(
            "profile", "consent", "/api/boroughs/{b}/participants/{ref}", "/api/boroughs/{b}/participants/{ref}");
    public static final Section CONSENT_RECEIPT = new Section(
            "consentReceipt",
            "consent",
            "/api/boroughs/{b}/participants/{ref}/receipt",
            "/api/boroughs/{b}/participants/{ref}/receipt");
    public static final Section SESSIONS = new Section(
            "sessions",
            "engagement",
            "/api/boroughs/{b}/participants/{ref}/sessions",
            "/api/boroughs/{b}/personal/{ref}/history");
    public static final Section LINKED_FEEDBACK = new Section(
            "linkedFeedback",
            "feedback",
            "/api/boroughs/{b}/participants/{ref}/responses",
            "/api/boroughs/{b}/personal/{ref}/responses");
    public static final Section NOTICES_SENT = new Section(
            "noticesSent",
            "actions",
            "/api/boroughs/{b}/participants/{ref}/notices",
            "/api/boroughs/{b}/personal/{ref}/notices");
    public static final Section REFERRALS = new Section(
            "referrals",
            "referrals",
            "/api/boroughs/{b}/participants/{ref}/referrals",
            "/api/boroughs/{b}/personal/{ref}/referrals");

    /** Every section, in the bundle's order. */
    public static final List<Section> SECTIONS =
            List.of(PROFILE, CONSENT_RECEIPT, SESSIONS, LINKED_FEEDBACK, NOTICES_SENT, REFERRALS);

    private SubjectAccessBundle() {}

    /**
     * One section of the bundle: its name (the download's key, the wording key's end), the service that holds it,
     * the staff address and the person's own address, each with the variables {@code {b}} (borough) and {@code
     * {ref}} (the participant).
     */
    public record Section(String name, String service, String staffPath, String personalPath) {

        public Section {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(staffPath, "staffPath");
            Objects.requireNonNull(personalPath, "personalPath");
        }
    }
}
