package london.sanctuary.feedback.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import london.sanctuary.feedback.form.Form;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.platform.disclosure.DisclosureControl;
import london.sanctuary.platform.disclosure.DisclosureRule;
import london.sanctuary.platform.disclosure.PublishedTable;

/**
 * One form's responses as CSV ({@code kind,question_id,question,answer,count}): the total, counts per language and
 * capture method, per choice and per scale point, then, only when asked for (officers), each free-text answer as its
 * own row without a count. No participantRef, no themes, no times.
 *
 * <p>Every count goes through the platform's disclosure control, the dashboard's rule: each group of counts (the
 * languages, the capture methods, one question's options) is a table whose total is the number of responses it
 * counts, all published together, so a small count is suppressed ({@code [c]}) and so is whatever would give it
 * back by subtraction from the total; every other count is perturbed by its cell key (from the responses' ids) and
 * rounded.
 */
public final class ResponsesCsv {

    static final String HEADER = "kind,question_id,question,answer,count";
    private final DisclosureControl control;

    public ResponsesCsv(DisclosureRule rule) {
        this.control = new DisclosureControl(rule);
    }

    public String write(Form form, List<Response> responses, boolean withFreeText) {
        List<Tally> tallies = new ArrayList<>(List.of(Tally.ofLanguages(responses), Tally.ofCaptureMethods(responses)));
        form.questions().stream()
                .filter(q -> q.type() != QuestionType.FREE_TEXT)
                .forEach(q -> tallies.add(Tally.ofOptions(q, responses)));
        List<PublishedTable> published =
                control.publishTogether(tallies.stream().map(Tally::table).toList());
        List<String> rows = new ArrayList<>(List.of(HEADER));
        rows.add(row("total", "", "", "", Tally.total(published.get(0))));
        rows.addAll(counts(tallies.get(0), published.get(0)));
        rows.addAll(counts(tallies.get(1), published.get(1)));
        int next = 2;
        for (Question question : form.questions()) {
            if (question.type() != QuestionType.FREE_TEXT) {
                rows.addAll(counts(tallies.get(next), published.get(next++)));
            } else if (withFreeText) {
                rows.addAll(freeText(question, responses));
            }
        }
        return String.join("\r\n", rows) + "\r\n";
    }

    private static List<String> counts(Tally tally, PublishedTable table) {
        List<String> rows = new ArrayList<>();
        for (int c = 0; c < tally.labels().size(); c++) {
            rows.add(row(
                    tally.kind(),
                    tally.questionId(),
                    tally.question(),
                    tally.labels().get(c),
                    Tally.count(table, c)));
        }
        return rows;
    }

    private static List<String> freeText(Question question, List<Response> responses) {
        return responses.stream()
                .flatMap(r -> r.answers().of(question.id()).stream())
                .map(answer -> row("free_text", question.id(), question.text().english(), answer, ""))
                .toList();
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
