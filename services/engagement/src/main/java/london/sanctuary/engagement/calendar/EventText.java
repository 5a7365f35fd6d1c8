package london.sanctuary.engagement.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.sanctuary.engagement.session.Interpreter;
import london.sanctuary.engagement.session.SessionPlan;

/**
 * A session's DESCRIPTION in the feed, worded in the feed's language: the session's type, the title in each other
 * language the session has it in ({@code ar: …}), the English description, then access (step-free, creche),
 * interpreters (language, dialect, BSL) and what is offered (travel expenses, food), each on its own line. Nothing
 * about who is coming.
 */
final class EventText {

    private EventText() {}

    static String describe(SessionPlan plan, CalendarWording wording, String titleLanguage) {
        List<String> lines = new ArrayList<>();
        lines.add(wording.word("type." + plan.type().name()));
        plan.title().byLanguage().entrySet().stream()
                .filter(t -> !t.getKey().equals(titleLanguage))
                .sorted(Map.Entry.comparingByKey())
                .forEach(t -> lines.add(t.getKey() + ": " + t.getValue()));
        if (plan.description() != null) {
            lines.add(plan.description().english());
        }
        lines.add(wording.word("languages") + ": "
                + String.join(", ", plan.languages().stream().map(wording::name).toList()));
        lines.add(wording.word("stepFree") + ": " + yesOrNo(plan.venue().stepFreeAccess(), wording));
        lines.add(wording.word("creche") + ": " + yesOrNo(plan.venue().creche(), wording));
        if (!plan.interpreters().isEmpty()) {
            lines.add(wording.word("interpreters") + ": "
                    + String.join(
                            ", ",
                            plan.interpreters().stream()
                                    .map(i -> interpreter(i, wording))
                                    .toList()));
        }
        if (plan.compensation().travelExpenses()) {
            lines.add(wording.word("travel"));
        }
        if (plan.compensation().food()) {
            lines.add(wording.word("food"));
        }
        return String.join("\n", lines);
    }

    private static String yesOrNo(boolean yes, CalendarWording wording) {
        return wording.word(yes ? "yes" : "no");
    }

    private static String interpreter(Interpreter i, CalendarWording wording) {
        String name = i.bsl() ? wording.word("bsl") : wording.name(i.language());
        return i.dialect() == null ? name : name + " (" + i.dialect() + ")";
    }
}
