package london.sanctuary.dashboard.attack;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Linear programming over the published sums (ojalgo): the unknowns are the counters, each at least 0; every
 * published figure bounds a sum of them, every link is an equation. The bounds found are rounded inwards to whole
 * counts, which is what an integer program would add at the ends.
 */
final class Solver {

    private final List<Map.Entry<BitSet, long[]>> bounds;
    private final List<int[][]> links;
    private final int[] parent;

    Solver(int atoms, List<Map.Entry<BitSet, long[]>> bounds, List<int[][]> links) {
        this.bounds = bounds;
        this.links = links;
        this.parent = new int[atoms];
        for (int i = 0; i < atoms; i++) {
            parent[i] = i;
        }
        bounds.forEach(b -> joinAll(b.getKey().stream().toArray()));
        links.forEach(
                l -> joinAll(java.util.Arrays.stream(l).mapToInt(t -> t[0]).toArray()));
    }

    /**
     * Whether everything published pins the sum of {@code target} to {@code truth}: its least whole value is the
     * truth (the truth is feasible, so the least is at most it), and so is its greatest.
     */
    boolean pins(BitSet target, long truth) {
        ExpressionsBasedModel model = model(target);
        if ((long) Math.ceil(value(model.minimise(), 0) - 1e-6) < truth) {
            return false;
        }
        return (long) Math.floor(value(model.maximise(), Long.MAX_VALUE) + 1e-6) == truth;
    }

    private ExpressionsBasedModel model(BitSet target) {
        BitSet roots = new BitSet();
        target.stream().forEach(i -> roots.set(find(i)));
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<Integer, Variable> variables = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            if (roots.get(find(i))) {
                variables.put(i, model.addVariable("x" + i).lower(0));
            }
        }
        for (Map.Entry<BitSet, long[]> b : bounds) {
            if (roots.get(find(b.getKey().nextSetBit(0)))) {
                Expression e = model.addExpression().lower(b.getValue()[0]).upper(b.getValue()[1]);
                b.getKey().stream().forEach(i -> e.set(variables.get(i), 1));
            }
        }
        for (int[][] link : links) {
            if (roots.get(find(link[0][0]))) {
                Expression e = model.addExpression().level(0);
                for (int[] term : link) {
                    e.set(variables.get(term[0]), term[1]);
                }
            }
        }
        Expression objective = model.addExpression("target").weight(1);
        target.stream().forEach(i -> objective.set(variables.get(i), 1));
        return model;
    }

    private static double value(Optimisation.Result result, double unbounded) {
        if (result.getState() == Optimisation.State.UNBOUNDED) {
            return unbounded;
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the published figures have no solution: " + result);
        }
        return result.getValue();
    }

    private void joinAll(int[] atoms) {
        for (int i = 1; i < atoms.length; i++) {
            parent[find(atoms[i])] = find(atoms[0]);
        }
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
