package london.sanctuary.local.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feedback in a borough through the feedback API: a form for its latest session and a standing
 * open-house form, each in several languages, answered on paper or with an interpreter, and themed —
 * {@link DemoSize#responsesPerForm()} answers a form (350 in the whole demo), sent a few at a time, with a progress
 * line.
 */
final class DemoFeedback {

    /** Responses sent at once: enough to keep both cores busy, few enough not to queue in the services. */
    static final int IN_FLIGHT = 6;

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final List<String> THEMES =
            List.of("accommodation-conditions", "food", "health-access", "esol", "mental-health", "travel-costs");

    private DemoFeedback() {}

    /** Answers the responses it left, each with its themes. */
    record Themed(String responseId, List<String> themes) {}

    /** A response decided up front, from the seeded random source, so sending in parallel changes nothing. */
    private record Planned(String formId, Map<String, Object> response, List<String> themes) {}

    static List<Themed> load(
            LocalApi api,
            String feedbackUrl,
            String borough,
            String token,
            Random random,
            List<DemoParticipant> people,
            String latestSession,
            int responsesPerForm)
            throws Exception {
        String base = feedbackUrl + "/api/boroughs/" + borough;
        List<String> knownThemes = new ArrayList<>();
        api.get(base + "/themes", token)
                .forEach(t -> knownThemes.add(t.path("code").asString()));
        List<String> themes = THEMES.stream().filter(knownThemes::contains).toList();
        List<Planned> planned = new ArrayList<>();
        for (String sessionId :
                latestSession == null ? Arrays.asList((String) null) : Arrays.asList(latestSession, null)) {
            String formId = api.post(base + "/forms", token, form(sessionId))
                    .path("formId")
                    .asString();
            for (int i = 0; i < responsesPerForm; i++) {
                Map<String, Object> response = response(people.get(random.nextInt(people.size())), random);
                List<String> picked = themes.isEmpty() ? List.of() : List.of(themes.get(random.nextInt(themes.size())));
                planned.add(new Planned(formId, response, picked));
            }
        }
        return send(api, base, token, borough, planned);
    }

    /** Sends the planned responses {@link #IN_FLIGHT} at a time, logging progress every quarter. */
    private static List<Themed> send(LocalApi api, String base, String token, String borough, List<Planned> planned)
            throws Exception {
        int quarter = Math.max(1, planned.size() / 4);
        List<Themed> sent = Parallel.inOrder(planned, IN_FLIGHT, p -> submit(api, base, token, p), done -> {
            if (done % quarter == 0 && done < planned.size()) {
                log.info("Demo data: {} — feedback {}/{} responses", borough, done, planned.size());
            }
        });
        return sent.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static Themed submit(LocalApi api, String base, String token, Planned p) throws Exception {
        String responseId = api.postOnceConsentArrives(
                        base + "/forms/" + p.formId() + "/responses", token, p.response())
                .path("responseId")
                .asString();
        if (p.themes().isEmpty()) {
            return null;
        }
        api.post(base + "/responses/" + responseId + "/themes", token, Map.of("themes", p.themes()), 200);
        return new Themed(responseId, p.themes());
    }

    private static Map<String, Object> response(DemoParticipant person, Random random) {
        String language = List.of("en", "ar", "fa", "uk").contains(person.language()) ? person.language() : "en";
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("language", language);
        response.put("captureMethod", random.nextBoolean() ? "PAPER" : "INTERPRETER_ASSISTED");
        if (person.linkFeedback() && random.nextBoolean()) {
            response.put("participantRef", person.ref());
        }
        response.put(
                "answers",
                Map.of("q1", String.valueOf(1 + random.nextInt(5)), "q2", String.valueOf(1 + random.nextInt(3))));
        return response;
    }

    private static Map<String, Object> form(String sessionId) {
        Map<String, Object> form = new LinkedHashMap<>();
        if (sessionId != null) {
            form.put("sessionId", sessionId);
        }
        form.put(
                "title",
                Map.of(
                        "en", sessionId == null ? "Open house: tell us how things are" : "How was the session?",
                        "ar", "أخبرنا برأيك",
                        "fa", "نظر خود را به ما بگویید",
                        "uk", "Розкажіть нам, що ви думаєте"));
        form.put(
                "questions",
                List.of(
                        Map.of(
                                "type",
                                "SCALE_1_5",
                                "required",
                                true,
                                "text",
                                Map.of(
                                        "en", "How well are your needs being met?",
                                        "ar", "إلى أي مدى تتم تلبية احتياجاتك؟",
                                        "fa", "نیازهای شما تا چه حد برآورده می‌شود؟",
                                        "uk", "Наскільки задоволені ваші потреби?")),
                        Map.of(
                                "type",
                                "SINGLE_CHOICE",
                                "required",
                                true,
                                "text",
                                Map.of(
                                        "en",
                                        "What matters most to you now?",
                                        "ar",
                                        "ما هو الأهم بالنسبة لك الآن؟",
                                        "fa",
                                        "اکنون چه چیزی برای شما مهم‌تر است؟",
                                        "uk",
                                        "Що для вас зараз найважливіше?"),
                                "choices",
                                List.of(
                                        Map.of("en", "Housing", "ar", "السكن", "fa", "مسکن", "uk", "Житло"),
                                        Map.of("en", "Health", "ar", "الصحة", "fa", "سلامت", "uk", "Здоров'я"),
                                        Map.of(
                                                "en",
                                                "Learning English",
                                                "ar",
                                                "تعلم الإنجليزية",
                                                "fa",
                                                "یادگیری انگلیسی",
                                                "uk",
                                                "Вивчення англійської"))),
                        Map.of(
                                "type",
                                "FREE_TEXT",
                                "required",
                                false,
                                "text",
                                Map.of(
                                        "en", "Anything else you want us to know?",
                                        "ar", "هل هناك أي شيء آخر تريد أن نعرفه؟",
                                        "fa", "چیز دیگری هست که بخواهید بدانیم؟",
                                        "uk", "Що ще ви хотіли б нам сказати?"))));
        return form;
    }
}
