package london.sanctuary.dashboard.figures;

import static london.sanctuary.dashboard.figures.Dimension.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import london.sanctuary.dashboard.disclosure.CountTable;
import london.sanctuary.dashboard.disclosure.DisclosureControl;
import london.sanctuary.dashboard.disclosure.Figure;
import london.sanctuary.dashboard.disclosure.PublishedTable;

/** Answers the dashboard's queries from the counters: tables by name, and the full summary. */
public final class Dashboard {

    /** Every table the dashboard publishes, by the name used in its CSV path. */
    public static final List<String> TABLES = List.of(
            "sessions-held",
            "attendance",
            "languages-offered",
            "interpreter-languages",
            "venue-kinds",
            "feedback-by-theme",
            "feedback-by-language",
            "actions",
            "loops-closed-by-theme",
            "consents",
            "consent-purposes",
            "referrals",
            "referral-outcomes",
            "referrals-overdue");

    private static final Function<Counted, String> BOROUGH = Counted::borough;
    private static final Function<Counted, String> FIRST = c -> c.key(0);
    private static final Function<Counted, String> SECOND = c -> c.key(1);

    private final Counters counters;
    private final DisclosureControl control;

    public Dashboard(Counters counters, DisclosureControl control) {
        this.counters = counters;
        this.control = control;
    }

    public Summary summary(FindCounts query) {
        List<PublishedTable> tables =
                TABLES.stream().map(name -> control.publish(count(name, query))).toList();
        return new Summary(query, tables, measures(query));
    }

    /** One table by name, disclosure-controlled; empty for an unknown name. */
    public Optional<PublishedTable> table(String name, FindCounts query) {
        return TABLES.contains(name) ? Optional.of(control.publish(count(name, query))) : Optional.empty();
    }

    /** The true counts of a table, before disclosure control. */
    CountTable count(String name, FindCounts q) {
        return switch (name) {
            case "sessions-held" -> Tables.cross(name, find(SESSIONS_HELD, q), FIRST, BOROUGH);
            case "attendance" -> Tables.cross(name, find(ATTENDANCE, q), FIRST, BOROUGH);
            case "languages-offered" -> Tables.cross(name, find(SESSION_LANGUAGES, q), SECOND, BOROUGH);
            case "interpreter-languages" -> Tables.cross(name, find(INTERPRETER_LANGUAGES, q), SECOND, BOROUGH);
            case "venue-kinds" -> Tables.cross(name, find(VENUE_KINDS, q), SECOND, BOROUGH);
            case "feedback-by-theme" -> Tables.cross(name, find(FEEDBACK_THEMES, q), FIRST, BOROUGH);
            case "feedback-by-language" -> Tables.cross(name, find(FEEDBACK_SUBMITTED, q), FIRST, SECOND);
            case "actions" -> actions(q);
            case "loops-closed-by-theme" -> Tables.cross(name, find(LOOP_CLOSED_THEMES, q), FIRST, BOROUGH);
            case "consents" -> Tables.cross(name, find(CONSENTS_RECORDED, q), FIRST, SECOND);
            case "consent-purposes" -> Tables.cross(name, find(CONSENT_PURPOSES, q), FIRST, BOROUGH);
            case "referrals" -> Tables.cross(name, find(REFERRALS_SENT, q), BOROUGH, FIRST);
            case "referral-outcomes" -> Tables.cross(name, find(REFERRALS_RESOLVED, q), FIRST, SECOND);
            case "referrals-overdue" -> Tables.cross(name, find(REFERRALS_OVERDUE, q), BOROUGH, FIRST);
            default -> throw new IllegalArgumentException("no table " + name);
        };
    }

    /** Actions by borough: raised, and ended as DONE or NOT_POSSIBLE. */
    private CountTable actions(FindCounts q) {
        List<Counted> all = new ArrayList<>();
        find(ACTIONS_RAISED, q).forEach(c -> all.add(new Counted(c.borough(), List.of("RAISED"), c.count())));
        all.addAll(find(ACTIONS_ENDED, q));
        return Tables.cross("actions", all, BOROUGH, FIRST);
    }

    private List<Summary.Measure> measures(FindCounts q) {
        List<Summary.Measure> out = new ArrayList<>();
        medians("median-days-to-action", Tables.histograms(find(DAYS_TO_ACTION, q), BOROUGH), out);
        medians("median-days-to-complete", Tables.histograms(find(DAYS_TO_COMPLETE, q), BOROUGH), out);
        medians("median-hours-to-accept", Tables.histograms(find(HOURS_TO_ACCEPT, q), FIRST), out);
        acceptanceRates(q, out);
        closedLoopShares(q, out);
        return out;
    }

    private void medians(String name, Map<String, Map<Integer, Long>> byBorough, List<Summary.Measure> out) {
        byBorough.forEach(
                (borough, histogram) -> out.add(new Summary.Measure(name, borough, control.median(histogram))));
    }

    /** Accepted over accepted and declined, per receiving borough, from the published outcomes. */
    private void acceptanceRates(FindCounts q, List<Summary.Measure> out) {
        PublishedTable outcomes = control.publish(count("referral-outcomes", q));
        for (int r = 0; r < outcomes.rows().size(); r++) {
            Figure rate = control.rate(outcomes.cell(r, "ACCEPTED"), outcomes.cell(r, "DECLINED"));
            out.add(new Summary.Measure(
                    "referral-acceptance-rate", outcomes.rows().get(r), rate));
        }
    }

    /**
     * The share of a borough's feedback themes that have had a loop closed, shown only when the feedback
     * behind the themes passes the threshold.
     */
    private void closedLoopShares(FindCounts q, List<Summary.Measure> out) {
        Map<String, Map<String, Long>> feedback = byBorough(find(FEEDBACK_THEMES, q));
        Map<String, Map<String, Long>> closed = byBorough(find(LOOP_CLOSED_THEMES, q));
        feedback.forEach((borough, themes) -> {
            long volume = themes.values().stream().mapToLong(Long::longValue).sum();
            long withLoop = themes.keySet().stream()
                    .filter(closed.getOrDefault(borough, Map.of())::containsKey)
                    .count();
            Figure share =
                    control.rule().supports(volume) ? Figure.of((double) withLoop / themes.size()) : Figure.SUPPRESSED;
            out.add(new Summary.Measure("share-of-themes-with-closed-loop", borough, share));
        });
    }

    private static Map<String, Map<String, Long>> byBorough(List<Counted> counted) {
        Map<String, Map<String, Long>> out = new java.util.TreeMap<>();
        counted.forEach(c ->
                out.computeIfAbsent(c.borough(), b -> new java.util.TreeMap<>()).merge(c.key(0), c.count(), Long::sum));
        return out;
    }

    private List<Counted> find(Dimension dimension, FindCounts query) {
        return counters.find(dimension, query);
    }
}
