package london.sanctuary.dashboard.figures;

import static london.sanctuary.dashboard.figures.Dimension.*;
import static london.sanctuary.dashboard.figures.View.LONDON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import london.sanctuary.platform.disclosure.DisclosureControl;
import london.sanctuary.platform.disclosure.Figure;
import london.sanctuary.platform.disclosure.PublishedTable;

/**
 * Medians and rates, per borough and for London as a whole ({@code london}); a borough's view gets
 * only its own and London's. Each goes through disclosure control.
 */
final class Measures {

    private final DisclosureControl control;

    Measures(DisclosureControl control) {
        this.control = control;
    }

    List<Summary.Measure> of(Map<Dimension, List<Counted>> q, View view) {
        List<Summary.Measure> out = new ArrayList<>();
        median("median-days-to-action", find(DAYS_TO_ACTION, q), Counted::borough, out);
        median("median-days-to-complete", find(DAYS_TO_COMPLETE, q), Counted::borough, out);
        median("median-hours-to-accept", find(HOURS_TO_ACCEPT, q), c -> c.key(0), out);
        acceptanceRates(q, out);
        closedLoopShares(q, out);
        return out.stream()
                .filter(m -> view.borough()
                        .map(own -> m.borough().equals(own) || m.borough().equals(LONDON))
                        .orElse(true))
                .toList();
    }

    private void median(
            String name, List<Counted> counted, Function<Counted, String> group, List<Summary.Measure> out) {
        Tables.histograms(counted, group)
                .forEach(
                        (borough, histogram) -> out.add(new Summary.Measure(name, borough, control.median(histogram))));
        Tables.histograms(counted, c -> LONDON)
                .forEach((london, histogram) -> out.add(new Summary.Measure(name, london, control.median(histogram))));
    }

    /** Accepted over accepted and declined, per receiving borough, from the published outcomes. */
    private void acceptanceRates(Map<Dimension, List<Counted>> q, List<Summary.Measure> out) {
        PublishedTable outcomes = control.publish(
                Tables.cross("referral-outcomes", find(REFERRALS_RESOLVED, q), c -> c.key(0), c -> c.key(1)));
        String name = "referral-acceptance-rate";
        for (int r = 0; r < outcomes.rows().size(); r++) {
            Figure rate = control.rate(outcomes.cell(r, "ACCEPTED"), outcomes.cell(r, "DECLINED"));
            out.add(new Summary.Measure(name, outcomes.rows().get(r), rate));
        }
        if (!outcomes.rows().isEmpty()) {
            int accepted = outcomes.columns().indexOf("ACCEPTED");
            int declined = outcomes.columns().indexOf("DECLINED");
            out.add(new Summary.Measure(
                    name, LONDON, control.rate(total(outcomes, accepted), total(outcomes, declined))));
        }
    }

    private static london.sanctuary.platform.disclosure.Cell total(PublishedTable table, int column) {
        return column < 0
                ? london.sanctuary.platform.disclosure.Cell.of(0)
                : table.columnTotals().get(column);
    }

    /**
     * The share of a borough's feedback themes that have had a loop closed, shown only when the feedback
     * behind the themes passes the threshold; London's counts each borough's themes apart.
     */
    private void closedLoopShares(Map<Dimension, List<Counted>> q, List<Summary.Measure> out) {
        Map<String, Map<String, Long>> feedback = byBorough(find(FEEDBACK_THEMES, q));
        Map<String, Map<String, Long>> closed = byBorough(find(LOOP_CLOSED_THEMES, q));
        long[] london = new long[3];
        feedback.forEach((borough, themes) -> {
            long volume = themes.values().stream().mapToLong(Long::longValue).sum();
            long withLoop = themes.keySet().stream()
                    .filter(closed.getOrDefault(borough, Map.of())::containsKey)
                    .count();
            out.add(new Summary.Measure(
                    "share-of-themes-with-closed-loop", borough, share(withLoop, themes.size(), volume)));
            london[0] += withLoop;
            london[1] += themes.size();
            london[2] += volume;
        });
        if (!feedback.isEmpty()) {
            out.add(new Summary.Measure(
                    "share-of-themes-with-closed-loop", LONDON, share(london[0], london[1], london[2])));
        }
    }

    private Figure share(long withLoop, long themes, long volume) {
        return control.rule().supports(volume) ? Figure.of((double) withLoop / themes) : Figure.SUPPRESSED;
    }

    private static Map<String, Map<String, Long>> byBorough(List<Counted> counted) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        counted.forEach(
                c -> out.computeIfAbsent(c.borough(), b -> new TreeMap<>()).merge(c.key(0), c.count(), Long::sum));
        return out;
    }

    private static List<Counted> find(Dimension dimension, Map<Dimension, List<Counted>> found) {
        return found.getOrDefault(dimension, List.of());
    }
}
