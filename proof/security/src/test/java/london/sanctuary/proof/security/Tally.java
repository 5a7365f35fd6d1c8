package london.sanctuary.proof.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts of answers by row and status, and the findings: what a proof prints beside its assertion. */
final class Tally {

    private static final int FINDINGS_SHOWN = 25;
    private final Map<String, Map<Integer, Integer>> rows = new TreeMap<>();
    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> notes = new TreeMap<>();
    private int total;

    synchronized void count(String row, int status) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).merge(status, 1, Integer::sum);
        total++;
    }

    synchronized void finding(String finding) {
        findings.add(finding);
    }

    /** Something worth printing that is not a finding, counted. */
    synchronized void note(String note) {
        notes.merge(note, 1, Integer::sum);
    }

    synchronized List<String> findings() {
        return List.copyOf(findings);
    }

    synchronized int total() {
        return total;
    }

    synchronized String render(String title) {
        StringBuilder out = new StringBuilder("\n=== ").append(title).append(" ===\n");
        rows.forEach((row, statuses) -> out.append(String.format(
                "%-78s %7d  %s%n",
                row,
                statuses.values().stream().mapToInt(Integer::intValue).sum(),
                statuses.entrySet().stream()
                        .map(s -> s.getKey() + "×" + s.getValue())
                        .collect(Collectors.joining(" ")))));
        out.append(String.format("%-78s %7d%n", "requests in all", total));
        notes.forEach((note, times) -> out.append(String.format("  note: %s (%d×)%n", note, times)));
        out.append("findings: ").append(findings.size()).append('\n');
        findings.stream()
                .limit(FINDINGS_SHOWN)
                .forEach(f -> out.append("  - ").append(f).append('\n'));
        return out.toString();
    }
}
