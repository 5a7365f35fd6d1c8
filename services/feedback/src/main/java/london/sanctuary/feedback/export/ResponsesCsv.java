package london.sanctuary.feedback.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.sanctuary.feedback.form.Choice;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;
import london.sanctuary.feedback.response.Response;

/**
 * One form's responses as CSV ({@code kind,question_id,question,answer,count}): the total, counts per language and
 * capture method, per choice and per scale point — each through {@link SmallNumbers} — then, only when asked for
 * (officers), each free-text answer as its own row without a count. No participantRef, no themes, no times.
 */
public final class ResponsesCsv {

    static final String HEADER = "kind,question_id,question,answer,count";
    private final SmallNumbers rule;

    public ResponsesCsv(SmallNumbers rule) {
        this.rule = rule;
    }

    public String write(Form form, List<Response> responses, boolean withFreeText) {
        List<String> rows = new ArrayList<>(List.of(HEADER));
        rows.add(row("total", "", "", "", rule.show(responses.size())));
        counts(responses, r -> r.language().tag()).forEach((tag, n) -> rows.add(row("language", "", "", tag, n)));
        counts(responses, r -> r.captureMethod().name())
                .forEach((method, n) -> rows.add(row("capture_method", "", "", method, n)));
        for (Question question : form.questions()) {
            rows.addAll(rowsOf(question, responses, withFreeText));
        }
        return String.join("\r\n", rows) + "\r\n";
    }

    private List<String> rowsOf(Question question, List<Response> responses, boolean withFreeText) {
        String text = question.text().english();
        if (question.type() == QuestionType.FREE_TEXT) {
            return withFreeText
                    ? responses.stream()
                            .flatMap(r -> r.answers().of(question.id()).stream())
                            .map(answer -> row("free_text", question.id(), text, answer, ""))
                            .toList()
                    : List.of();
        }
        List<String> rows = new ArrayList<>();
        options(question).forEach((value, label) -> {
            long n = responses.stream()
                    .filter(r -> r.answers().of(question.id()).contains(value))
                    .count();
            rows.add(row(
                    question.type() == QuestionType.SCALE_1_5 ? "scale" : "choice",
                    question.id(),
                    text,
                    label,
                    rule.show(n)));
        });
        return rows;
    }

    private static Map<String, String> options(Question question) {
        Map<String, String> options = new LinkedHashMap<>();
        if (question.type() == QuestionType.SCALE_1_5) {
            for (int point = 1; point <= 5; point++) {
                options.put(String.valueOf(point), String.valueOf(point));
            }
        }
        for (Choice choice : question.choices()) {
            options.put(choice.code(), choice.text().english());
        }
        return options;
    }

    private Map<String, String> counts(List<Response> responses, Function<Response, String> by) {
        Map<String, Long> counts =
                responses.stream().collect(Collectors.groupingBy(by, java.util.TreeMap::new, Collectors.counting()));
        Map<String, String> shown = new LinkedHashMap<>();
        counts.forEach((key, n) -> shown.put(key, rule.show(n)));
        return shown;
    }

    private static String row(String... cells) {
        return java.util.Arrays.stream(cells).map(ResponsesCsv::cell).collect(Collectors.joining(","));
    }

    /** RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
