package london.sanctuary.feedback.quote.web;

import java.time.LocalDate;
import java.util.UUID;
import london.sanctuary.feedback.quote.QuotableAnswer;

/** An answer that may be quoted, as staff read it: the words, their language and day; never the person. */
record QuotableAnswerView(
        UUID responseId,
        UUID formId,
        String questionId,
        String question,
        String answer,
        String language,
        LocalDate answeredOn,
        StaffWords translation) {

    /** A staff translation beside the answer, marked as one: not the person's own words. */
    record StaffWords(String language, String text, boolean translation) {}

    static QuotableAnswerView of(QuotableAnswer a) {
        return new QuotableAnswerView(
                a.responseId().value(),
                a.formId().value(),
                a.questionId(),
                a.question(),
                a.answer(),
                a.language().tag(),
                a.answeredOn(),
                a.translation()
                        .map(t -> new StaffWords(t.language().tag(), t.text(), true))
                        .orElse(null));
    }
}
