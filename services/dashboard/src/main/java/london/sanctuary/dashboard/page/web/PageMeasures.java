package london.sanctuary.dashboard.page.web;

import java.util.List;
import java.util.Map;
import london.sanctuary.dashboard.figures.Summary;

/** The medians and rates as rows of a table people read: what, where, and the published value. */
final class PageMeasures {

    record Row(String measure, String borough, String value) {}

    private static final Map<String, String> NAMES = Map.of(
            "median-days-to-action", "Median days from feedback to action",
            "median-days-to-complete", "Median days from action to done",
            "median-hours-to-accept", "Median hours to accept a referral (receiving borough)",
            "referral-acceptance-rate", "Referral acceptance rate, % accepted (receiving borough)",
            "share-of-themes-with-closed-loop", "Feedback themes with a closed loop, %");

    private PageMeasures() {}

    static List<Row> of(List<Summary.Measure> measures, Labels labels) {
        return measures.stream()
                .map(m -> new Row(NAMES.getOrDefault(m.name(), m.name()), labels.of(m.borough()), text(m)))
                .toList();
    }

    private static String text(Summary.Measure m) {
        if (m.value().suppressed()) {
            return "[c]";
        }
        double value = m.value().value();
        return m.name().startsWith("median") ? "%.1f".formatted(value) : "%.0f%%".formatted(value * 100);
    }
}
