package london.sanctuary.dashboard.attack;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.dashboard.attack.Atoms.Atom;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.platform.disclosure.DisclosureRule;
import tools.jackson.databind.JsonNode;

/**
 * An analyst's or officer's attack on the published tables: every published figure of every view read, as the
 * interval of true sums of counters it can stand for under the published rule ({@link DisclosureRule#trueRange});
 * then every suppressed cell whose true count is 1–7 is minimised and maximised over everything published
 * ({@link Solver}). A cell is pinned when both are its true value.
 */
public final class DisclosureAttack {

    private final Atoms atoms;
    private final DisclosureRule rule;
    private final Map<BitSet, long[]> bounds = new LinkedHashMap<>();
    private final Map<BitSet, Long> targets = new LinkedHashMap<>();
    private int views;
    private int figures;

    public DisclosureAttack(GeneratedFacts data, DisclosureRule rule) {
        this.atoms = Atoms.of(data);
        this.rule = rule;
    }

    /** Reads one summary as the caller of {@code asked} got it. */
    public void read(Asked asked, JsonNode summary) {
        views++;
        List<Atom> within = atoms.within(asked.from(), asked.to(), asked.borough(), asked.sessionType());
        for (JsonNode table : summary.path("tables")) {
            read(table, within, asked.view());
        }
    }

    private void read(JsonNode table, List<Atom> within, View view) {
        List<String> rows = strings(table.path("rows"));
        List<String> columns = strings(table.path("columns"));
        BitSet[][] grid = new BitSet[rows.size() + 1][columns.size() + 1];
        for (BitSet[] line : grid) {
            for (int c = 0; c < line.length; c++) {
                line[c] = new BitSet();
            }
        }
        for (Atom atom : within) {
            Dashboard.place(table.path("name").asString(), view, atom.dimension(), atom.counted())
                    .ifPresent(place -> {
                        int r = rows.indexOf(place.get(0));
                        int c = columns.indexOf(place.get(1));
                        if (r < 0 || c < 0) {
                            throw new IllegalStateException("no place for " + atom + " in " + table.path("name"));
                        }
                        for (int[] at : new int[][] {
                            {r, c}, {r, columns.size()}, {rows.size(), c}, {rows.size(), columns.size()}
                        }) {
                            grid[at[0]][at[1]].set(atom.index());
                        }
                    });
        }
        for (int r = 0; r <= rows.size(); r++) {
            for (int c = 0; c <= columns.size(); c++) {
                learn(grid[r][c], figure(table, r, c, rows.size(), columns.size()));
            }
        }
    }

    private static JsonNode figure(JsonNode table, int r, int c, int rows, int columns) {
        if (r < rows && c < columns) {
            return table.path("cells").path(r).path(c);
        }
        if (r < rows) {
            return table.path("rowTotals").path(r);
        }
        return c < columns ? table.path("columnTotals").path(c) : table.path("total");
    }

    private void learn(BitSet set, JsonNode figure) {
        figures++;
        long truth = atoms.truth(set);
        if (figure.path("suppressed").asBoolean()) {
            if (truth >= 1 && truth < rule.suppressBelow()) {
                targets.put(set, truth);
            }
            return;
        }
        DisclosureRule.Range range = rule.trueRange(figure.path("value").asLong());
        if (truth < range.low() || truth > range.high()) {
            throw new IllegalStateException("the attack misreads the rule: " + truth + " published as " + figure);
        }
        if (!set.isEmpty()) {
            bounds.merge(set, new long[] {range.low(), range.high()}, (a, b) ->
                    new long[] {Math.max(a[0], b[0]), Math.min(a[1], b[1])});
        }
    }

    /** Solves for every suppressed cell of 1–7 seen; answers those pinned to their true value. */
    public Outcome solve() {
        Solver solver = new Solver(atoms.all().size(), new ArrayList<>(bounds.entrySet()), links());
        List<String> pinned = new ArrayList<>();
        for (Map.Entry<BitSet, Long> target : targets.entrySet()) {
            if (solver.pins(target.getKey(), target.getValue())) {
                pinned.add(describe(target.getKey()) + " = " + target.getValue());
            }
        }
        return new Outcome(views, figures, bounds.size(), targets.size(), pinned.size(), pinned);
    }

    /**
     * What the attacker knows of the facts themselves: a session counts once by type and once by venue, a
     * consent once by method and language and once by purpose. Each is an equation (coefficients +1 and -1).
     */
    private List<int[][]> links() {
        Map<String, List<int[]>> sums = new HashMap<>();
        for (Atom a : atoms.all()) {
            String at = a.counted().borough() + "|" + a.monday();
            switch (a.dimension()) {
                case SESSIONS_HELD -> add(sums, at + "|" + a.counted().key(0), a.index(), 1);
                case VENUE_KINDS -> add(sums, at + "|" + a.counted().key(0), a.index(), -1);
                case CONSENTS_RECORDED -> add(sums, at, a.index(), 1);
                case CONSENT_PURPOSES -> add(sums, at, a.index(), -1);
                default -> {}
            }
        }
        return sums.values().stream().map(l -> l.toArray(int[][]::new)).toList();
    }

    private static void add(Map<String, List<int[]>> sums, String key, int atom, int sign) {
        sums.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {atom, sign});
    }

    private String describe(BitSet set) {
        List<String> parts = new ArrayList<>();
        set.stream().limit(4).forEach(i -> {
            Atom a = atoms.all().get(i);
            parts.add(a.dimension().code() + "|" + a.counted().borough() + "|" + a.monday() + "|"
                    + a.counted().key());
        });
        return String.join(" + ", parts) + (set.cardinality() > 4 ? " + …" : "");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asString()));
        return out;
    }

    /** What the attack read and found. */
    public record Outcome(
            int views, int figures, int equations, int targets, int pinnedToTruth, List<String> examples) {

        @Override
        public String toString() {
            return "%d views, %d figures, %d distinct published sums, %d distinct suppressed cells of 1-7, %d pinned to their true value%s"
                    .formatted(
                            views,
                            figures,
                            equations,
                            targets,
                            pinnedToTruth,
                            examples.isEmpty() ? "" : "; e.g. " + examples.subList(0, Math.min(3, examples.size())));
        }
    }
}
