package london.sanctuary.dashboard.figures;

import static london.sanctuary.dashboard.figures.Dimension.*;
import static london.sanctuary.dashboard.figures.TableDefinition.BOROUGH;
import static london.sanctuary.dashboard.figures.TableDefinition.FIRST;
import static london.sanctuary.dashboard.figures.TableDefinition.SECOND;
import static london.sanctuary.dashboard.figures.TableDefinition.byBorough;

import java.util.List;
import java.util.Optional;

/** Every table the dashboard publishes, in the order the page shows them. */
final class TableDefinitions {

    static final List<TableDefinition> ALL = List.of(
            byBorough("sessions-held", SESSIONS_HELD, FIRST),
            byBorough("attendance", ATTENDANCE, FIRST),
            byBorough("languages-offered", SESSION_LANGUAGES, SECOND),
            byBorough("interpreter-languages", INTERPRETER_LANGUAGES, SECOND),
            byBorough("venue-kinds", VENUE_KINDS, SECOND),
            byBorough("feedback-by-theme", FEEDBACK_THEMES, FIRST),
            new TableDefinition("feedback-by-language", List.of(FEEDBACK_SUBMITTED), FIRST, SECOND, FIRST),
            new TableDefinition("actions", List.of(ACTIONS_RAISED, ACTIONS_ENDED), BOROUGH, FIRST, FIRST),
            byBorough("loops-closed-by-theme", LOOP_CLOSED_THEMES, FIRST),
            new TableDefinition("consents", List.of(CONSENTS_RECORDED), FIRST, SECOND, FIRST),
            byBorough("consent-purposes", CONSENT_PURPOSES, FIRST),
            new TableDefinition("referrals", List.of(REFERRALS_SENT), BOROUGH, FIRST, FIRST),
            new TableDefinition("referral-outcomes", List.of(REFERRALS_RESOLVED), FIRST, SECOND, SECOND),
            new TableDefinition("referrals-overdue", List.of(REFERRALS_OVERDUE), BOROUGH, FIRST, FIRST));

    static final List<String> NAMES = ALL.stream().map(TableDefinition::name).toList();

    /**
     * Tables that publish the same true totals and so must be protected together: sessions by type and
     * by venue share each borough's number of sessions; consents by method and by purpose share theirs.
     */
    private static final List<List<String>> TOGETHER =
            List.of(List.of("sessions-held", "venue-kinds"), List.of("consents", "consent-purposes"));

    private TableDefinitions() {}

    static Optional<TableDefinition> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The tables published together with the named one, itself included; a table alone is its own group. */
    static List<TableDefinition> groupOf(TableDefinition table) {
        List<String> names = TOGETHER.stream()
                .filter(group -> group.contains(table.name()))
                .findFirst()
                .orElse(List.of(table.name()));
        return names.stream().map(n -> named(n).orElseThrow()).toList();
    }
}
