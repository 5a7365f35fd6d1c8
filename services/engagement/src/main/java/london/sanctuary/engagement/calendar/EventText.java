package london.sanctuary.engagement.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.engagement.session.Interpreter;
import london.sanctuary.engagement.session.SessionPlan;

/**
 * A session's DESCRIPTION in the feed: the title in each other language the session has it in ({@code ar: …}),
 * the English description, then access (step-free, creche), interpreters (language, dialect, BSL) and what is
 * offered (travel expenses, food), each on its own line. Nothing about who is coming.
 */
final class EventText {

    private EventText() {}

    static String describe(SessionPlan plan) {
        List<String> lines = new ArrayList<>();
        plan.title().byLanguage().entrySet().stream()
                .filter(t -> !t.getKey().equals("en"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(t -> lines.add(t.getKey() + ": " + t.getValue()));
        if (plan.description() != null) {
            lines.add(plan.description().english());
        }
        lines.add("Languages: "
                + String.join(
                        ", ",
                        plan.languages().stream().map(Language::englishName).toList()));
        lines.add("Step-free access: " + (plan.venue().stepFreeAccess() ? "yes" : "no"));
        lines.add("Creche: " + (plan.venue().creche() ? "yes" : "no"));
        if (!plan.interpreters().isEmpty()) {
            lines.add("Interpreters: "
                    + String.join(
                            ", ",
                            plan.interpreters().stream()
                                    .map(EventText::interpreter)
                                    .toList()));
        }
        if (plan.compensation().travelExpenses()) {
            lines.add("Travel expenses paid back");
        }
        if (plan.compensation().food()) {
            lines.add("Food provided");
        }
        return String.join("\n", lines);
    }

    private static String interpreter(Interpreter i) {
        String name = i.bsl() ? "British Sign Language" : i.language().englishName();
        return i.dialect() == null ? name : name + " (" + i.dialect() + ")";
    }
}
