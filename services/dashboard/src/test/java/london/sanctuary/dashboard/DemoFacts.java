package london.sanctuary.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.facts.FeedbackThemedFact;
import london.sanctuary.contracts.facts.ReferralSentFact;
import london.sanctuary.dashboard.figures.Facts;

/**
 * A week of facts across the three demo boroughs, with some small counts among them so the page has
 * something to suppress: sessions by type, themes, and referrals both ways.
 */
final class DemoFacts {

    private DemoFacts() {}

    /** Each fact with the borough whose relay publishes it. */
    record Published(Contract fact, String borough) {}

    static List<Published> weekOf(LocalDate monday) {
        List<Published> out = new ArrayList<>();
        repeat(out, 25, "newham", () -> Facts.focusGroup("newham", monday, 12));
        repeat(out, 12, "barnet", () -> Facts.focusGroup("barnet", monday.plusDays(1), 9));
        repeat(out, 3, "lambeth", () -> Facts.focusGroup("lambeth", monday.plusDays(2), 6));
        repeat(out, 10, "newham", () -> Facts.workshop("newham", monday, 15));
        repeat(out, 4, "barnet", () -> Facts.workshop("barnet", monday, 15));
        repeat(out, 30, "lambeth", () -> new FeedbackThemedFact("lambeth", "food", monday));
        repeat(out, 6, "newham", () -> new FeedbackThemedFact("newham", "food", monday));
        repeat(out, 12, "newham", () -> referral("newham", "barnet", monday));
        repeat(out, 9, "barnet", () -> referral("barnet", "lambeth", monday));
        repeat(out, 2, "lambeth", () -> referral("lambeth", "newham", monday));
        return out;
    }

    private static ReferralSentFact referral(String from, String to, LocalDate on) {
        return new ReferralSentFact(from, to, ReferralReason.DISPERSAL, List.of(), on);
    }

    private static void repeat(
            List<Published> out, int times, String borough, java.util.function.Supplier<Contract> fact) {
        for (int i = 0; i < times; i++) {
            out.add(new Published(fact.get(), borough));
        }
    }
}
