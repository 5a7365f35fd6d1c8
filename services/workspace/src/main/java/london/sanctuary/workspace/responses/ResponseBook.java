package london.sanctuary.workspace.responses;

import java.util.List;
import java.util.Map;

/**
 * The responses feature's port to the feedback service (implemented over the relayed {@code RestClient} by {@link
 * FeedbackResponseBook}; faked in page tests). Refusals come back as the workspace's {@code ServiceRefusal}.
 */
public interface ResponseBook {

    /** The borough's forms, newest first. */
    List<FeedbackForm> forms(String borough);

    FeedbackForm form(String borough, String formId);

    /** Captures one answered sheet (the API's CaptureResponse body); answers the response's id. */
    String capture(String borough, String formId, Map<String, Object> sheet);

    /** The borough's responses by the filters the API knows ({@code formId}, {@code from}, {@code theme} …). */
    List<FeedbackResponse> find(String borough, Map<String, String> filters);

    /** Themes every response named, all or nothing. */
    void themeAll(String borough, List<String> responseIds, List<String> themes);

    void translate(String borough, String responseId, String questionId, String language, String text);

    /** The borough's themes; with {@code all}, the retired ones too. */
    List<FeedbackTheme> themes(String borough, boolean all);

    void addTheme(String borough, String code, String label);

    void relabelTheme(String borough, String code, String label);

    void retireTheme(String borough, String code);

    /** A form's responses as the service exports them, its small-number protection applied. */
    String csv(String borough, String formId);

    /** A form as the feedback API gives it: texts by language tag. */
    record FeedbackForm(
            String formId,
            String code,
            Map<String, String> title,
            List<String> languages,
            List<FormQuestion> questions) {

        public String englishTitle() {
            return title == null ? "" : title.getOrDefault("en", "");
        }
    }

    /** A question, its text by language and its choices (codes 1, 2 … in order). */
    record FormQuestion(String id, String type, boolean required, Map<String, String> text, List<FormChoice> choices) {

        public String textIn(String tag) {
            return text.getOrDefault(tag, text.get("en"));
        }

        public boolean written() {
            return "FREE_TEXT".equals(type);
        }

        /** A given answer as staff read it: a choice's English text, else the answer itself (a scale point). */
        public String choiceLabel(String answer) {
            return choices == null
                    ? answer
                    : choices.stream()
                            .filter(c -> c.code().equals(answer))
                            .map(c -> c.text().getOrDefault("en", answer))
                            .findFirst()
                            .orElse(answer);
        }
    }

    /** A choice: its code and text by language. */
    record FormChoice(String code, Map<String, String> text) {}

    /** A response as officers read it. */
    record FeedbackResponse(
            String responseId,
            String formId,
            String language,
            String captureMethod,
            String answeredOn,
            boolean linked,
            Map<String, List<String>> answers,
            List<String> themes,
            Map<String, StaffTranslation> translations) {}

    /** A staff translation, marked as one. */
    record StaffTranslation(String language, String text) {}

    /** A theme of the borough's list. */
    record FeedbackTheme(String code, String label, boolean retired) {}
}
