package london.sanctuary.dashboard.figures;

import static london.sanctuary.dashboard.figures.Dimension.*;
import static london.sanctuary.dashboard.figures.TableDefinition.BOROUGH;
import static london.sanctuary.dashboard.figures.TableDefinition.FIRST;
import static london.sanctuary.dashboard.figures.TableDefinition.SECOND;
import static london.sanctuary.dashboard.figures.TableDefinition.byBorough;

import java.util.List;
import java.util.Optional;
import london.sanctuary.dashboard.figures.TableDefinition.Headers;

/** Every table the dashboard publishes, in the order the page shows them. */
final class TableDefinitions {

    private static final Headers SENT = new Headers("sending borough", "receiving borough");
    private static final Headers RECEIVED = new Headers("receiving borough", "sending borough");

    static final List<TableDefinition> ALL = List.of(
            byBorough("sessions-held", SESSIONS_HELD, FIRST, "session type"),
            byBorough("attendance", ATTENDANCE, FIRST, "session type"),
            byBorough("languages-offered", SESSION_LANGUAGES, SECOND, "language"),
            byBorough("interpreter-languages", INTERPRETER_LANGUAGES, SECOND, "language"),
            byBorough("venue-kinds", VENUE_KINDS, SECOND, "kind of venue"),
            byBorough("feedback-by-theme", FEEDBACK_THEMES, FIRST, "theme"),
            new TableDefinition(
                    "feedback-by-language",
                    List.of(FEEDBACK_SUBMITTED),
                    FIRST,
                    SECOND,
                    FIRST,
                    false,
                    new Headers("language", "how given"),
                    new Headers("language", "borough")),
            new TableDefinition(
                    "actions",
                    List.of(ACTIONS_RAISED, ACTIONS_ENDED),
                    BOROUGH,
                    FIRST,
                    FIRST,
                    false,
                    new Headers("borough", "status"),
                    new Headers("status", "borough")),
            byBorough("loops-closed-by-theme", LOOP_CLOSED_THEMES, FIRST, "theme"),
            new TableDefinition(
                    "consents",
                    List.of(CONSENTS_RECORDED),
                    FIRST,
                    SECOND,
                    FIRST,
                    false,
                    new Headers("method", "language"),
                    new Headers("method", "borough")),
            byBorough("consent-purposes", CONSENT_PURPOSES, FIRST, "purpose"),
            new TableDefinition("referrals", List.of(REFERRALS_SENT), BOROUGH, FIRST, FIRST, true, SENT, RECEIVED),
            new TableDefinition(
                    "referral-outcomes",
                    List.of(REFERRALS_RESOLVED),
                    FIRST,
                    SECOND,
                    SECOND,
                    false,
                    new Headers("receiving borough", "outcome"),
                    new Headers("outcome", "sending borough")),
            new TableDefinition(
                    "referrals-overdue", List.of(REFERRALS_OVERDUE), BOROUGH, FIRST, FIRST, true, SENT, RECEIVED));

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
