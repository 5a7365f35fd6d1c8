package london.sanctuary.dashboard.page.web;

import java.util.Map;

/**
 * Each table's title, in London's view and in a borough's view (what rows and columns count is the table's own), and
 * what to say when nothing of its kind happened in the period.
 */
final class Titles {

    record Title(String london, String borough, String none) {

        Title(String london, String borough) {
            this(london, borough, "Nothing of this kind was recorded in this period.");
        }
    }

    private static final Map<String, Title> TITLES = Map.ofEntries(
            Map.entry(
                    "sessions-held",
                    new Title(
                            "Sessions held, by type and borough",
                            "Sessions held, by type",
                            "No sessions were held in this period.")),
            Map.entry(
                    "attendance",
                    new Title(
                            "Attendance, by session type and borough",
                            "Attendance, by session type",
                            "Nobody's attendance was recorded in this period.")),
            Map.entry(
                    "languages-offered",
                    new Title(
                            "Sessions run in each language",
                            "Sessions run in each language",
                            "No sessions were run in this period.")),
            Map.entry(
                    "interpreter-languages",
                    new Title(
                            "Sessions with an interpreter, by language",
                            "Sessions with an interpreter, by language",
                            "No sessions had an interpreter in this period.")),
            Map.entry(
                    "venue-kinds",
                    new Title(
                            "Sessions by kind of venue",
                            "Sessions by kind of venue",
                            "No sessions were held in this period.")),
            Map.entry(
                    "feedback-by-theme",
                    new Title("Feedback by theme", "Feedback by theme", "No feedback was themed in this period.")),
            Map.entry(
                    "feedback-by-language",
                    new Title(
                            "Feedback responses, by language and how they were given",
                            "Feedback responses, by language",
                            "No feedback was given in this period.")),
            Map.entry(
                    "actions",
                    new Title(
                            "Actions raised, done and not possible, by borough",
                            "Actions raised, done and not possible",
                            "No actions were raised in this period.")),
            Map.entry(
                    "loops-closed-by-theme",
                    new Title(
                            "Loops closed (people told what changed), by theme",
                            "Loops closed (people told what changed), by theme",
                            "No loops were closed in this period.")),
            Map.entry(
                    "consents",
                    new Title(
                            "Consents recorded, by method and language",
                            "Consents recorded, by method",
                            "No consents were recorded in this period.")),
            Map.entry(
                    "consent-purposes",
                    new Title(
                            "Consents recorded, by purpose",
                            "Consents recorded, by purpose",
                            "No consents were recorded in this period.")),
            Map.entry(
                    "referrals",
                    new Title(
                            "Referrals between boroughs",
                            "Referrals sent and received",
                            "No referrals were sent in this period.")),
            Map.entry(
                    "referral-outcomes",
                    new Title(
                            "Referral outcomes, by receiving borough",
                            "Outcomes of referrals sent",
                            "No referral reached an outcome in this period.")),
            Map.entry(
                    "referrals-overdue",
                    new Title(
                            "Referrals overdue",
                            "Overdue referrals sent and received",
                            "No referral was overdue in this period.")));

    private Titles() {}

    static Title of(String table) {
        return TITLES.getOrDefault(table, new Title(table, table));
    }
}
