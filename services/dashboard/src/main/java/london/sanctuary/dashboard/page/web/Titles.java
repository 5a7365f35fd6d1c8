package london.sanctuary.dashboard.page.web;

import java.util.Map;

/** Each table's title, in London's view and in a borough's view (what rows and columns count is the table's own). */
final class Titles {

    record Title(String london, String borough) {}

    private static final Map<String, Title> TITLES = Map.ofEntries(
            Map.entry("sessions-held", new Title("Sessions held, by type and borough", "Sessions held, by type")),
            Map.entry(
                    "attendance", new Title("Attendance, by session type and borough", "Attendance, by session type")),
            Map.entry("languages-offered", new Title("Sessions run in each language", "Sessions run in each language")),
            Map.entry(
                    "interpreter-languages",
                    new Title(
                            "Sessions with an interpreter, by language", "Sessions with an interpreter, by language")),
            Map.entry("venue-kinds", new Title("Sessions by kind of venue", "Sessions by kind of venue")),
            Map.entry("feedback-by-theme", new Title("Feedback by theme", "Feedback by theme")),
            Map.entry(
                    "feedback-by-language",
                    new Title(
                            "Feedback responses, by language and how they were given",
                            "Feedback responses, by language")),
            Map.entry(
                    "actions",
                    new Title(
                            "Actions raised, done and not possible, by borough",
                            "Actions raised, done and not possible")),
            Map.entry(
                    "loops-closed-by-theme",
                    new Title(
                            "Loops closed (people told what changed), by theme",
                            "Loops closed (people told what changed), by theme")),
            Map.entry(
                    "consents", new Title("Consents recorded, by method and language", "Consents recorded, by method")),
            Map.entry("consent-purposes", new Title("Consents recorded, by purpose", "Consents recorded, by purpose")),
            Map.entry("referrals", new Title("Referrals between boroughs", "Referrals sent and received")),
            Map.entry(
                    "referral-outcomes",
                    new Title("Referral outcomes, by receiving borough", "Outcomes of referrals sent")),
            Map.entry("referrals-overdue", new Title("Referrals overdue", "Overdue referrals sent and received")));

    private Titles() {}

    static Title of(String table) {
        return TITLES.getOrDefault(table, new Title(table, table));
    }
}
