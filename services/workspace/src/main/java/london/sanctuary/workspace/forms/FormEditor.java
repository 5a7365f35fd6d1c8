package london.sanctuary.workspace.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.sanctuary.contracts.Language;
import org.springframework.util.MultiValueMap;

/**
 * A form being written, its languages side by side: the title and each question's text and choices (one per line)
 * per language, English first. Fields are named as the API names them ({@code title.ti},
 * {@code questions[1].text.ti}, {@code questions[1].choices.ti}), so a refusal lands at its field.
 */
public final class FormEditor {

    static final List<String> TYPES = List.of("FREE_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "SCALE_1_5");
    private static final Pattern QUESTION_FIELD = Pattern.compile("^questions\\[(\\d+)](?:\\.(\\w+))?.*$");

    final List<String> languages;
    final Map<String, String> title;
    final List<Draft> questions;
    final String link;

    /** One question being written; choices by language as lines. */
    public record Draft(String type, boolean required, Map<String, String> text, Map<String, String> choices) {

        public boolean hasChoices() {
            return type.equals("SINGLE_CHOICE") || type.equals("MULTIPLE_CHOICE");
        }

        public List<String> choiceLines(String tag) {
            return lines(choices.get(tag));
        }
    }

    private FormEditor(List<String> languages, Map<String, String> title, List<Draft> questions, String link) {
        this.languages = languages;
        this.title = title;
        this.questions = questions;
        this.link = link == null ? "" : link;
    }

    static FormEditor blank() {
        return new FormEditor(
                new ArrayList<>(List.of("en")),
                new LinkedHashMap<>(),
                new ArrayList<>(List.of(blankQuestion("FREE_TEXT"))),
                "");
    }

    static FormEditor of(FormDetails form) {
        List<Draft> questions = new ArrayList<>();
        for (FormDetails.QuestionDetails q : form.questions()) {
            Map<String, String> choices = new LinkedHashMap<>();
            for (String tag : form.languages()) {
                List<String> lines = q.choices().stream()
                        .map(c -> c.text().getOrDefault(tag, ""))
                        .toList();
                if (lines.stream().anyMatch(l -> !l.isBlank())) {
                    choices.put(tag, String.join("\n", lines));
                }
            }
            questions.add(new Draft(q.type(), q.required(), new LinkedHashMap<>(q.text()), choices));
        }
        String link = form.sessionId() != null
                ? "session:" + form.sessionId()
                : form.seriesId() != null ? "series:" + form.seriesId() : "";
        return new FormEditor(new ArrayList<>(form.languages()), new LinkedHashMap<>(form.title()), questions, link);
    }

    /** What the page sent: the languages ticked (English always), the texts, the questions in order. */
    static FormEditor read(MultiValueMap<String, String> sent) {
        Set<String> tags = new LinkedHashSet<>(List.of("en"));
        List<String> known = Language.known().stream().map(Language::tag).toList();
        sent.getOrDefault("languages", List.of()).stream()
                .filter(known::contains)
                .forEach(tags::add);
        List<String> languages = new ArrayList<>(tags);
        Map<String, String> title = texts(sent, "title", languages);
        List<Draft> questions = new ArrayList<>();
        for (int i = 0; sent.getFirst("questions[" + i + "].type") != null; i++) {
            String field = "questions[" + i + "]";
            String type = sent.getFirst(field + ".type");
            questions.add(new Draft(
                    TYPES.contains(type) ? type : "FREE_TEXT",
                    "true".equals(sent.getFirst(field + ".required")),
                    texts(sent, field + ".text", languages),
                    texts(sent, field + ".choices", languages)));
        }
        return new FormEditor(languages, title, questions, sent.getFirst("link"));
    }

    void add(String type) {
        questions.add(blankQuestion(TYPES.contains(type) ? type : "FREE_TEXT"));
    }

    /** The API's body: the texts written (blank ones left out, so a missing translation falls back to English). */
    Map<String, Object> body(boolean draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("draft", draft);
        if (link.startsWith("session:")) {
            body.put("sessionId", link.substring("session:".length()));
        } else if (link.startsWith("series:")) {
            body.put("seriesId", link.substring("series:".length()));
        }
        body.put("title", written(title));
        List<Map<String, Object>> sent = new ArrayList<>();
        for (Draft q : questions) {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("type", q.type());
            question.put("required", q.required());
            question.put("text", written(q.text()));
            if (q.hasChoices()) {
                List<Map<String, String>> choices = new ArrayList<>();
                List<String> english = q.choiceLines("en");
                for (int c = 0; c < english.size(); c++) {
                    Map<String, String> choice = new LinkedHashMap<>();
                    for (String tag : languages) {
                        List<String> lines = q.choiceLines(tag);
                        if (c < lines.size()) {
                            choice.put(tag, lines.get(c));
                        }
                    }
                    choices.add(choice);
                }
                question.put("choices", choices);
            }
            sent.add(question);
        }
        body.put("questions", sent);
        return body;
    }

    /** Each language's missing wording: the title, a question's text, a question's choices (fewer than English). */
    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        for (String tag : languages.subList(1, languages.size())) {
            if (isBlank(title.get(tag))) {
                missing.add(new Missing(tag, 0, "title"));
            }
            for (int i = 0; i < questions.size(); i++) {
                Draft q = questions.get(i);
                if (isBlank(q.text().get(tag))) {
                    missing.add(new Missing(tag, i + 1, "question"));
                } else if (q.hasChoices()
                        && q.choiceLines(tag).size() < q.choiceLines("en").size()) {
                    missing.add(new Missing(tag, i + 1, "choices"));
                }
            }
        }
        return missing;
    }

    /** A language's missing wording: of the title ({@code question} 0), a question or its choices. */
    public record Missing(String tag, int question, String what) {

        public String language() {
            return Language.of(tag).englishName();
        }
    }

    /** The page's id of the field an API refusal names ({@code questions[1].choices[0]} → its English choices). */
    static String fieldId(String apiField) {
        if (apiField == null) {
            return null;
        }
        if (apiField.equals("title")) {
            return "title.en";
        }
        Matcher m = QUESTION_FIELD.matcher(apiField);
        if (m.matches()) {
            String part = "choices".equals(m.group(2)) ? "choices" : "text";
            String tag = apiField.matches("^questions\\[\\d+]\\.(text|choices)\\.[A-Za-z-]+$")
                    ? apiField.substring(apiField.lastIndexOf('.') + 1)
                    : "en";
            return "questions[" + m.group(1) + "]." + part + "." + tag;
        }
        return apiField;
    }

    public List<String> languages() {
        return languages;
    }

    public Map<String, String> title() {
        return title;
    }

    public List<Draft> questions() {
        return questions;
    }

    public String link() {
        return link;
    }

    private static Draft blankQuestion(String type) {
        return new Draft(type, false, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    private static Map<String, String> texts(MultiValueMap<String, String> sent, String field, List<String> tags) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String tag : tags) {
            String text = sent.getFirst(field + "." + tag);
            if (text != null) {
                texts.put(tag, text);
            }
        }
        return texts;
    }

    private static Map<String, String> written(Map<String, String> texts) {
        Map<String, String> written = new LinkedHashMap<>();
        texts.forEach((tag, text) -> {
            if (!isBlank(text)) {
                written.put(tag, text.strip());
            }
        });
        return written;
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
