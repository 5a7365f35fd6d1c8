package london.sanctuary.proof.bench;

import java.util.List;
import java.util.Optional;

/**
 * One row of a performance issue's table: which measured figure it reads (its value or its ratio to the baseline),
 * which way is better, the goal and the long-run goal.
 *
 * @param row the row's words, as the issue has them
 * @param benchmark the benchmark that measures it ({@code --only=} name)
 * @param figure the start of the figure's name, after any "N boroughs: " prefix
 * @param baseline the start of the baseline's name, or empty for any
 * @param ofRatio true to read the ratio to the baseline, false the value itself
 * @param atLeast true when higher is better (a rate), false when lower is (a time, a cost ratio)
 * @param goal the goal
 * @param longRunGoal where the platform should end up
 */
public record Goal(
        String row,
        String benchmark,
        String figure,
        String baseline,
        boolean ofRatio,
        boolean atLeast,
        double goal,
        double longRunGoal) {

    /** Whether {@code measured} reaches the goal. */
    public boolean met(double measured) {
        return reaches(measured, goal);
    }

    /** Whether {@code measured} reaches the long-run goal. */
    public boolean longRunMet(double measured) {
        return reaches(measured, longRunGoal);
    }

    private boolean reaches(double measured, double target) {
        return atLeast ? measured >= target : measured <= target;
    }

    /** The figure this row reads among {@code figures}, or empty when its benchmark did not run. */
    public Optional<Report.Figure> figureIn(List<Report.Figure> figures) {
        return figures.stream()
                .filter(f -> f.benchmark().equals(benchmark))
                .filter(f -> withoutBoroughs(f.figure()).startsWith(figure))
                .filter(f -> f.baseline() != null ? f.baseline().startsWith(baseline) : baseline.isEmpty())
                .filter(f -> !ofRatio || f.ratio() != null)
                .findFirst();
    }

    /** What this row reads of {@code figure}: its ratio or its value. */
    public double measured(Report.Figure figure) {
        return ofRatio ? figure.ratio() : figure.value();
    }

    /** "≥ 0.5" or "≤ 100". */
    public String describe(double target) {
        return (atLeast ? "≥ " : "≤ ") + Report.ratio(target);
    }

    private static String withoutBoroughs(String figure) {
        return figure.replaceFirst("^\\d+ boroughs: ", "");
    }
}
