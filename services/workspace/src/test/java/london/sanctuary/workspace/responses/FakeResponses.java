package london.sanctuary.workspace.responses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.workspace.responses.ResponseBook.FeedbackForm;
import london.sanctuary.workspace.responses.ResponseBook.FeedbackResponse;
import london.sanctuary.workspace.responses.ResponseBook.FeedbackTheme;
import london.sanctuary.workspace.responses.ResponseBook.FormChoice;
import london.sanctuary.workspace.responses.ResponseBook.FormQuestion;
import london.sanctuary.workspace.responses.ResponseBook.StaffTranslation;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The responses pages' ports, faked: one form in English and Tigrinya, the responses captured kept in memory with
 * every call recorded, a refusal to give back on the next change; the people are the sessions fake's
 * ({@code FakeSessions}, the same references), of whom only Amina holds LINK_FEEDBACK.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeResponses {

    static final String FORM = "f0000000-0000-4000-8000-000000000001";
    static final String AMINA = "a0000000-0000-4000-8000-000000000001";
    static final String BILAL = "b0000000-0000-4000-8000-000000000002";
    static final Book BOOK = new Book();

    @Bean
    @Primary
    ResponseBook fakeBook() {
        return BOOK;
    }

    /** "Open house" in English and Tigrinya: q1 written, q2 yes/no, q3 a 1–5 scale. */
    static FeedbackForm openHouse() {
        return new FeedbackForm(
                FORM,
                "7KX9PQ3M",
                Map.of("en", "Open house", "ti", "ክፉት ገዛ"),
                List.of("en", "ti"),
                List.of(
                        new FormQuestion(
                                "q1",
                                "FREE_TEXT",
                                true,
                                Map.of("en", "What should we change?", "ti", "እንታይ ክንቅይር ኣለና?"),
                                null),
                        new FormQuestion(
                                "q2",
                                "SINGLE_CHOICE",
                                true,
                                Map.of("en", "Did you feel welcome?", "ti", "ተቐቢልካ ዲኻ?"),
                                List.of(
                                        new FormChoice("1", Map.of("en", "Yes", "ti", "እወ")),
                                        new FormChoice("2", Map.of("en", "No", "ti", "ኣይፋል")))),
                        new FormQuestion(
                                "q3",
                                "SCALE_1_5",
                                false,
                                Map.of("en", "How was the day?", "ti", "መዓልቲ ከመይ ነይሩ?"),
                                null)));
    }

    /** The feedback service in memory. */
    static final class Book implements ResponseBook {

        final List<String> calls = new ArrayList<>();
        final List<Map<String, Object>> sheets = new ArrayList<>();
        final Map<String, FeedbackResponse> responses = new LinkedHashMap<>();
        final Map<String, FeedbackTheme> themes = new LinkedHashMap<>();
        ServiceRefusal refuseNext;

        void reset() {
            calls.clear();
            sheets.clear();
            responses.clear();
            themes.clear();
            themes.put("food", new FeedbackTheme("food", "Food", false));
            themes.put("housing", new FeedbackTheme("housing", "Housing", false));
            themes.put("old-theme", new FeedbackTheme("old-theme", "An old theme", true));
            refuseNext = null;
        }

        private void maybeRefuse() {
            ServiceRefusal refusal = refuseNext;
            refuseNext = null;
            if (refusal != null) {
                throw refusal;
            }
        }

        @Override
        public List<FeedbackForm> forms(String borough) {
            return List.of(openHouse());
        }

        @Override
        public FeedbackForm form(String borough, String formId) {
            return openHouse();
        }

        @Override
        @SuppressWarnings("unchecked")
        public String capture(String borough, String formId, Map<String, Object> sheet) {
            calls.add("capture " + borough + " " + formId);
            maybeRefuse();
            if (BILAL.equals(sheet.get("participantRef"))) {
                throw new ServiceRefusal(
                        "feedback", 422, Optional.of("participantRef"), "The participant does not hold LINK_FEEDBACK");
            }
            sheets.add(sheet);
            String id = UUID.randomUUID().toString();
            Map<String, List<String>> answers = new LinkedHashMap<>();
            ((Map<String, Object>) sheet.get("answers"))
                    .forEach((q, a) ->
                            answers.put(q, a instanceof List<?> l ? (List<String>) l : List.of(String.valueOf(a))));
            responses.put(
                    id,
                    new FeedbackResponse(
                            id,
                            formId,
                            (String) sheet.get("language"),
                            (String) sheet.get("captureMethod"),
                            (String) sheet.get("capturedOn"),
                            sheet.containsKey("participantRef"),
                            answers,
                            List.of(),
                            Map.of()));
            return id;
        }

        @Override
        public List<FeedbackResponse> find(String borough, Map<String, String> filters) {
            calls.add("find " + borough + " " + new java.util.TreeMap<>(filters));
            maybeRefuse();
            List<FeedbackResponse> found = new ArrayList<>(responses.values().stream()
                    .filter(r -> filters.get("language") == null
                            || filters.get("language").equals(r.language()))
                    .filter(r -> filters.get("theme") == null || r.themes().contains(filters.get("theme")))
                    .toList());
            Collections.reverse(found); // newest first, as the service answers
            return found;
        }

        @Override
        public void themeAll(String borough, List<String> responseIds, List<String> codes) {
            calls.add("theme " + borough + " " + responseIds + " " + codes);
            maybeRefuse();
            if (codes.isEmpty()) {
                throw new ServiceRefusal("feedback", 400, Optional.of("themes"), "name at least one theme");
            }
            if (responseIds.isEmpty()) {
                throw new ServiceRefusal("feedback", 400, Optional.of("responseIds"), "name at least one response");
            }
            for (String id : responseIds) {
                FeedbackResponse r = responses.get(id);
                List<String> tags = new ArrayList<>(r.themes());
                codes.stream().filter(c -> !tags.contains(c)).forEach(tags::add);
                responses.put(id, with(r, tags, r.translations()));
            }
        }

        @Override
        public void translate(String borough, String responseId, String questionId, String language, String text) {
            calls.add("translate " + borough + " " + responseId + " " + questionId + " " + language);
            maybeRefuse();
            FeedbackResponse r = responses.get(responseId);
            Map<String, StaffTranslation> translations = new LinkedHashMap<>(r.translations());
            translations.put(questionId, new StaffTranslation(language, text));
            responses.put(responseId, with(r, r.themes(), translations));
        }

        @Override
        public List<FeedbackTheme> themes(String borough, boolean all) {
            return themes.values().stream().filter(t -> all || !t.retired()).toList();
        }

        @Override
        public void addTheme(String borough, String code, String label) {
            calls.add("add-theme " + borough + " " + code);
            maybeRefuse();
            themes.put(code, new FeedbackTheme(code, label, false));
        }

        @Override
        public void relabelTheme(String borough, String code, String label) {
            calls.add("relabel " + borough + " " + code);
            maybeRefuse();
            themes.put(code, new FeedbackTheme(code, label, themes.get(code).retired()));
        }

        @Override
        public void retireTheme(String borough, String code) {
            calls.add("retire " + borough + " " + code);
            maybeRefuse();
            themes.put(code, new FeedbackTheme(code, themes.get(code).label(), true));
        }

        @Override
        public String csv(String borough, String formId) {
            calls.add("csv " + borough + " " + formId);
            return "kind,question_id,question,answer,count\ntotal,,,,[c]\n";
        }

        private static FeedbackResponse with(
                FeedbackResponse r, List<String> themes, Map<String, StaffTranslation> translations) {
            return new FeedbackResponse(
                    r.responseId(),
                    r.formId(),
                    r.language(),
                    r.captureMethod(),
                    r.answeredOn(),
                    r.linked(),
                    r.answers(),
                    themes,
                    translations);
        }
    }
}
