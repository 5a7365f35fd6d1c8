package london.sanctuary.workspace.forms;

import java.util.List;
import java.util.Map;

/** A form as the feedback service answers it (texts by language tag). */
public record FormDetails(
        String formId,
        String code,
        String status,
        String sessionId,
        String seriesId,
        List<String> languages,
        Map<String, String> title,
        List<QuestionDetails> questions,
        String publicUrl,
        long version) {

    /** One question. */
    public record QuestionDetails(
            String id, String type, boolean required, Map<String, String> text, List<ChoiceDetails> choices) {}

    /** One choice. */
    public record ChoiceDetails(String code, Map<String, String> text) {}

    public String englishTitle() {
        return title.get("en");
    }
}
