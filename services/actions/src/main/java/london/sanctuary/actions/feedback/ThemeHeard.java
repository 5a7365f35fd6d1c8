package london.sanctuary.actions.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A theme staff tagged responses with, the responses behind it, and how many came in each language: what an action
 * is raised from, and which languages its "we did" statement is wanted in. Counts only; no one is named.
 */
public record ThemeHeard(String theme, List<UUID> responseIds, Map<String, Integer> languages) {

    public ThemeHeard {
        responseIds = List.copyOf(responseIds);
        languages = Map.copyOf(languages);
    }

    public int responses() {
        return responseIds.size();
    }

    /** The themes of these responses, most responses first. */
    public static List<ThemeHeard> of(Collection<HeardResponse> responses) {
        Map<String, List<HeardResponse>> byTheme = new TreeMap<>();
        responses.forEach(r -> r.themes()
                .forEach(t -> byTheme.computeIfAbsent(t, k -> new java.util.ArrayList<>())
                        .add(r)));
        return byTheme.entrySet().stream()
                .map(e -> heard(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingInt(ThemeHeard::responses).reversed())
                .toList();
    }

    private static ThemeHeard heard(String theme, List<HeardResponse> behind) {
        Map<String, Integer> languages = new TreeMap<>();
        behind.stream()
                .filter(r -> r.language() != null)
                .forEach(r -> languages.merge(r.language().tag(), 1, Integer::sum));
        return new ThemeHeard(
                theme, behind.stream().map(HeardResponse::responseId).toList(), languages);
    }
}
