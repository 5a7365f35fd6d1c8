package london.sanctuary.proof.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** The figures of one run: printed as a table, written as JSON. */
public final class Report {

    /**
     * One figure.
     *
     * @param benchmark which benchmark measured it
     * @param figure what it is, in words ("platform path events/s")
     * @param value the measured value
     * @param unit its unit ("events/s", "ms", "MiB")
     * @param baseline what it is compared with, or null when it stands alone
     * @param baselineValue the baseline's value in the same unit, or null
     */
    public record Figure(
            String benchmark, String figure, double value, String unit, String baseline, Double baselineValue) {

        /** value / baseline, or null without a baseline. */
        public Double ratio() {
            return baselineValue == null || baselineValue == 0 ? null : value / baselineValue;
        }
    }

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<Goal> goals;

    /** A report held to issue 18's goals ({@link Goals}). */
    public Report() {
        this(Goals.ISSUE_18);
    }

    /** A report whose figures are read against {@code goals}. */
    public Report(List<Goal> goals) {
        this.goals = List.copyOf(goals);
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    public synchronized void add(String benchmark, String figure, double value, String unit) {
        figures.add(new Figure(benchmark, figure, value, unit, null, null));
    }

    public synchronized void add(
            String benchmark, String figure, double value, String unit, String baseline, double baselineValue) {
        figures.add(new Figure(benchmark, figure, value, unit, baseline, baselineValue));
    }

    public synchronized List<Figure> figures() {
        return List.copyOf(figures);
    }

    public synchronized String table() {
        StringBuilder out = new StringBuilder();
        String row = "%-12s %-46s %14s %-9s %-34s %14s %8s%n";
        out.append(String.format(
                Locale.ROOT, row, "benchmark", "figure", "value", "unit", "baseline", "baseline", "ratio"));
        for (Figure f : figures) {
            out.append(String.format(
                    Locale.ROOT,
                    row,
                    f.benchmark(),
                    f.figure(),
                    number(f.value()),
                    f.unit(),
                    f.baseline() == null ? "" : f.baseline(),
                    f.baselineValue() == null ? "" : number(f.baselineValue()),
                    f.ratio() == null ? "" : ratio(f.ratio())));
        }
        out.append(String.format(Locale.ROOT, "%nGoals%n"));
        String goalRow = "%-56s %10s %10s %-4s %10s %-4s%n";
        out.append(String.format(Locale.ROOT, goalRow, "row", "measured", "goal", "met", "long run", "met"));
        for (Goal goal : goals) {
            Optional<Double> measured = goal.figureIn(figures).map(goal::measured);
            out.append(String.format(
                    Locale.ROOT,
                    goalRow,
                    goal.row(),
                    measured.map(Report::ratio).orElse("not run"),
                    goal.describe(goal.goal()),
                    measured.map(m -> goal.met(m) ? "yes" : "NO").orElse(""),
                    goal.describe(goal.longRunGoal()),
                    measured.map(m -> goal.longRunMet(m) ? "yes" : "no").orElse("")));
        }
        return out.toString();
    }

    /**
     * Every goal beside what this run measured for it: the figure it reads, the measured number (its value or
     * ratio), the goals and whether each is met; the figure's fields and the verdicts are null when not run.
     */
    public synchronized List<Map<String, Object>> goalReadings() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Goal goal : goals) {
            Optional<Figure> figure = goal.figureIn(figures);
            Optional<Double> measured = figure.map(goal::measured);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", goal.row());
            row.put("benchmark", goal.benchmark());
            row.put("figure", figure.map(Figure::figure).orElse(null));
            row.put("value", figure.map(Figure::value).orElse(null));
            row.put("baseline", figure.map(Figure::baseline).orElse(null));
            row.put("baselineValue", figure.map(Figure::baselineValue).orElse(null));
            row.put("ratio", figure.map(Figure::ratio).orElse(null));
            row.put("reads", goal.ofRatio() ? "ratio" : "value");
            row.put("measured", measured.orElse(null));
            row.put("goal", goal.describe(goal.goal()));
            row.put("met", measured.map(goal::met).orElse(null));
            row.put("longRunGoal", goal.describe(goal.longRunGoal()));
            row.put("longRunMet", measured.map(goal::longRunMet).orElse(null));
            row.put("status", measured.isPresent() ? "measured" : "not run");
            rows.add(row);
        }
        return rows;
    }

    public synchronized void writeJson(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("benchmark", f.benchmark());
            row.put("figure", f.figure());
            row.put("value", f.value());
            row.put("unit", f.unit());
            row.put("baseline", f.baseline());
            row.put("baselineValue", f.baselineValue());
            row.put("ratio", f.ratio());
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("figures", rows);
        json.put("goals", goalReadings());
        Files.writeString(
                file,
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
    }

    /** Two significant digits, so that a ratio far below 1 still says how far (0.0039, not 0.00). */
    static String ratio(double ratio) {
        return new BigDecimal(ratio)
                .round(new MathContext(2))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
