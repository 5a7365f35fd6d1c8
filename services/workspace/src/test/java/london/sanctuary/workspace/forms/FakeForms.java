package london.sanctuary.workspace.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The forms pages' port, faked: forms kept in memory, every call recorded, a refusal to give on the next save. */
@TestConfiguration(proxyBeanMethods = false)
public class FakeForms {

    static final String FORM = "f0000000-0000-4000-8000-000000000001";
    static final Api API = new Api();

    @Bean
    @Primary
    FeedbackForms fakeForms() {
        return API;
    }

    /** A draft in English and Tigrinya: question 2's Tigrinya wording is missing. */
    static FormDetails draft() {
        return new FormDetails(
                FORM,
                "7KX9PQ3M",
                "DRAFT",
                null,
                null,
                List.of("en", "ti"),
                Map.of("en", "How was the open house?", "ti", "ከመይ ነይሩ?"),
                List.of(
                        new FormDetails.QuestionDetails(
                                "q1",
                                "SINGLE_CHOICE",
                                true,
                                Map.of("en", "Did you feel welcome?", "ti", "እንቋዕ ብደሓን መጻእኩም ተሰሚዑካ ድዩ?"),
                                List.of(
                                        new FormDetails.ChoiceDetails("1", Map.of("en", "Yes", "ti", "እወ")),
                                        new FormDetails.ChoiceDetails("2", Map.of("en", "No", "ti", "ኣይፋል")))),
                        new FormDetails.QuestionDetails(
                                "q2", "FREE_TEXT", false, Map.of("en", "What should we change?"), List.of())),
                "http://localhost:8083/public/f/7KX9PQ3M",
                3);
    }

    /** In memory. */
    static final class Api implements FeedbackForms {

        final List<String> calls = new ArrayList<>();
        final List<Map<String, Object>> bodies = new ArrayList<>();
        final Map<String, FormDetails> forms = new LinkedHashMap<>();
        ServiceRefusal refuseNext;

        void reset() {
            calls.clear();
            bodies.clear();
            forms.clear();
            forms.put(FORM, FakeForms.draft());
            refuseNext = null;
        }

        @Override
        public List<FormDetails> list(String borough) {
            calls.add("list " + borough);
            return List.copyOf(forms.values());
        }

        @Override
        public FormDetails find(String borough, String formId) {
            FormDetails form = forms.get(formId);
            if (form == null) {
                throw new ServiceRefusal("feedback", 404, Optional.empty(), "Form not found");
            }
            return form;
        }

        @Override
        public String draft(String borough, Map<String, Object> body) {
            refuse();
            calls.add("draft " + borough);
            bodies.add(body);
            String id = "f0000000-0000-4000-8000-00000000000" + (forms.size() + 1);
            forms.put(id, drafted(id, body));
            return id;
        }

        @Override
        public void revise(String borough, String formId, Map<String, Object> body, long version) {
            refuse();
            calls.add("revise " + formId + " " + version);
            bodies.add(body);
        }

        @Override
        public void change(String borough, String formId, String change) {
            calls.add(change + " " + formId);
            FormDetails f = find(borough, formId);
            String status = change.equals("closing") ? "CLOSED" : "OPEN";
            forms.put(
                    formId,
                    new FormDetails(
                            f.formId(),
                            f.code(),
                            status,
                            f.sessionId(),
                            f.seriesId(),
                            f.languages(),
                            f.title(),
                            f.questions(),
                            f.publicUrl(),
                            f.version() + 1));
        }

        @Override
        public byte[] paper(String borough, String formId, String lang) {
            calls.add("paper " + formId + " " + lang);
            return "%PDF-1.7 fake".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        @Override
        public List<SessionChoice> sessions(String borough) {
            return List.of(new SessionChoice(
                    "5e550000-0000-4000-8000-000000000001",
                    "5e550000-0000-4000-8000-000000000001",
                    "Sanctuary Board",
                    "2027-03-02"));
        }

        /** The form the service would answer for this body: its languages those of the title, English first. */
        @SuppressWarnings("unchecked")
        private static FormDetails drafted(String id, Map<String, Object> body) {
            Map<String, String> title = (Map<String, String>) body.get("title");
            List<FormDetails.QuestionDetails> questions = new ArrayList<>();
            List<Map<String, Object>> sent = (List<Map<String, Object>>) body.get("questions");
            for (int i = 0; i < sent.size(); i++) {
                Map<String, Object> q = sent.get(i);
                List<Map<String, String>> choices = (List<Map<String, String>>) q.getOrDefault("choices", List.of());
                List<FormDetails.ChoiceDetails> options = new ArrayList<>();
                for (int c = 0; c < choices.size(); c++) {
                    options.add(new FormDetails.ChoiceDetails(String.valueOf(c + 1), choices.get(c)));
                }
                questions.add(new FormDetails.QuestionDetails(
                        "q" + (i + 1),
                        (String) q.get("type"),
                        Boolean.TRUE.equals(q.get("required")),
                        (Map<String, String>) q.get("text"),
                        options));
            }
            return new FormDetails(
                    id,
                    "9MXR4KTA",
                    "DRAFT",
                    (String) body.get("sessionId"),
                    (String) body.get("seriesId"),
                    List.copyOf(title.keySet()),
                    title,
                    questions,
                    "http://localhost:8083/public/f/9MXR4KTA",
                    0);
        }

        private void refuse() {
            if (refuseNext != null) {
                ServiceRefusal refusal = refuseNext;
                refuseNext = null;
                throw refusal;
            }
        }
    }
}
