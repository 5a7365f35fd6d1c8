package london.sanctuary.referrals.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.contracts.SupportKind;

/**
 * The one table from a referral's support kinds to the ORUK taxonomy terms that offer it. A service matches a kind
 * when one of its taxonomy terms has one of the kind's terms as its name or id (case and spacing aside), whatever the
 * vocabulary. {@code OTHER} matches every service of the directory: the team chooses.
 */
public final class SupportTaxonomy {

    private static final Map<SupportKind, List<String>> TERMS = Map.of(
            SupportKind.ESOL, List.of("ESOL", "English for speakers of other languages", "English language classes"),
            SupportKind.MENTAL_HEALTH,
                    List.of("Mental health", "Mental health support", "Counselling", "Talking therapies"),
            SupportKind.VOLUNTEERING, List.of("Volunteering", "Volunteering opportunities"),
            SupportKind.SCHOOL_PLACE, List.of("School admissions", "Schools", "Children and young people"),
            SupportKind.GP_REGISTRATION, List.of("GP registration", "GP surgeries", "Primary care"),
            SupportKind.LEGAL_ADVICE, List.of("Legal advice", "Immigration advice", "Asylum advice"),
            SupportKind.SOCIAL_CONNECTION,
                    List.of("Social activities", "Befriending", "Community groups", "Social connection"));

    private SupportTaxonomy() {}

    /** The terms that offer {@code kind}; empty for {@code OTHER}. */
    public static List<String> terms(SupportKind kind) {
        return TERMS.getOrDefault(kind, List.of());
    }

    /** The kinds {@code service} offers by its terms ({@code OTHER}, which every service matches, aside). */
    public static List<SupportKind> kindsOf(LocalService service) {
        return Arrays.stream(SupportKind.values())
                .filter(k -> k != SupportKind.OTHER && offers(service, k))
                .toList();
    }

    public static boolean offers(LocalService service, SupportKind kind) {
        if (kind == SupportKind.OTHER) {
            return true;
        }
        List<String> wanted = terms(kind).stream().map(SupportTaxonomy::key).toList();
        return service.taxonomy().stream().map(SupportTaxonomy::key).anyMatch(wanted::contains);
    }

    private static String key(String term) {
        return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
