package london.sanctuary.feedback.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response's answers as checked against its form: question id to the values (one text, one scale digit, or
 * choice codes). Unanswered optional questions are absent.
 */
public record Answers(Map<String, List<String>> byQuestion) {

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byQuestion.forEach((id, values) -> copy.put(id, List.copyOf(values)));
        byQuestion = java.util.Collections.unmodifiableMap(copy);
    }

    public List<String> of(String questionId) {
        return byQuestion.getOrDefault(questionId, List.of());
    }
}
