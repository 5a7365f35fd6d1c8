package london.sanctuary.feedback.quote;

import java.time.LocalDate;
import java.util.Optional;
import london.sanctuary.contracts.Language;
import london.sanctuary.feedback.form.FormId;
import london.sanctuary.feedback.response.ResponseId;
import london.sanctuary.feedback.response.Translation;

/**
 * One written answer whose writer may be quoted now: the words as written, in their language, the day it counts
 * for, the question (English) and a staff translation where there is one. Never who wrote it.
 */
public record QuotableAnswer(
        ResponseId responseId,
        FormId formId,
        String questionId,
        String question,
        String answer,
        Language language,
        LocalDate answeredOn,
        Optional<Translation> translation) {}
