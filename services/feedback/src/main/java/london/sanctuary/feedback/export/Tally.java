package london.sanctuary.feedback.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import london.sanctuary.feedback.form.Choice;
import london.sanctuary.feedback.form.Question;
import london.sanctuary.feedback.form.QuestionType;
import london.sanctuary.feedback.response.Response;
import london.sanctuary.platform.disclosure.Cell;
import london.sanctuary.platform.disclosure.CellKey;
import london.sanctuary.platform.disclosure.CountTable;
import london.sanctuary.platform.disclosure.PublishedTable;

/**
 * One group of counts in the export (the languages, the capture methods, or one question's options) as a one-row
 * table for disclosure control: a count and a cell key per option, the key being the sum of the record keys of the
 * responses counted ({@link CellKey#ofRecord} of each response's id, stable, so the same export twice shows the
 * same figures).
 */
record Tally(String kind, String questionId, String question, List<String> labels, CountTable table) {

    static Tally ofLanguages(List<Response> responses) {
        return grouped("language", responses, r -> r.language().tag());
    }

    static Tally ofCaptureMethods(List<Response> responses) {
        return grouped("capture_method", responses, r -> r.captureMethod().name());
    }

    /** A choice or scale question: one count per option, in the form's order, answered or not. */
    static Tally ofOptions(Question question, List<Response> responses) {
        Map<String, String> options = new LinkedHashMap<>();
        if (question.type() == QuestionType.SCALE_1_5) {
            for (int point = 1; point <= 5; point++) {
                options.put(String.valueOf(point), String.valueOf(point));
            }
        }
        for (Choice choice : question.choices()) {
            options.put(choice.code(), choice.text().english());
        }
        String kind = question.type() == QuestionType.SCALE_1_5 ? "scale" : "choice";
        return counted(
                kind,
                question.id(),
                question.text().english(),
                options,
                responses,
                r -> r.answers().of(question.id()));
    }

    /** The table's total as published. */
    static String total(PublishedTable table) {
        return shown(table.rowTotals().get(0), table.total());
    }

    /** The option's count as published. */
    static String count(PublishedTable table, int column) {
        return shown(table.cells().get(0).get(column), table.columnTotals().get(column));
    }

    /**
     * A one-row table publishes each count twice (as a cell and as its column's total; the row total and the grand
     * total), and disclosure control may hide either: shown only where both are published.
     */
    private static String shown(Cell cell, Cell same) {
        return (same.suppressed() ? same : cell).text();
    }

    private static Tally grouped(String kind, List<Response> responses, Function<Response, String> by) {
        Map<String, String> options = new LinkedHashMap<>();
        new TreeSet<>(responses.stream().map(by).toList()).forEach(value -> options.put(value, value));
        return counted(kind, "", "", options, responses, r -> List.of(by.apply(r)));
    }

    private static Tally counted(
            String kind,
            String questionId,
            String question,
            Map<String, String> options,
            List<Response> responses,
            Function<Response, List<String>> answers) {
        List<String> values = new ArrayList<>(options.keySet());
        long[][] counts = new long[1][values.size()];
        long[][] keys = new long[1][values.size()];
        for (Response response : responses) {
            int recordKey = CellKey.ofRecord(response.id().toString());
            for (String answer : answers.apply(response)) {
                int c = values.indexOf(answer);
                if (c >= 0) {
                    counts[0][c]++;
                    keys[0][c] += recordKey;
                }
            }
        }
        List<String> labels = List.copyOf(options.values());
        CountTable table = new CountTable(kind + ":" + questionId, List.of("responses"), labels, counts, keys);
        return new Tally(kind, questionId, question, labels, table);
    }
}
