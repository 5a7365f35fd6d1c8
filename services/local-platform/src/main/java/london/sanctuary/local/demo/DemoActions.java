package london.sanctuary.local.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * "You said, we did" in a borough through the actions API: an action for each theme heard, most agreed,
 * some done with a statement in several languages (which closes the loop), one not possible.
 */
final class DemoActions {

    private static final Map<String, Map<String, String>> WE_DID = Map.of(
            "food",
                    Map.of(
                            "en",
                            "The hotel now offers halal and vegetarian meals every day.",
                            "ar",
                            "يقدم الفندق الآن وجبات حلال ونباتية كل يوم."),
            "health-access",
                    Map.of(
                            "en",
                            "A GP registration clinic now runs at the hotel every Tuesday.",
                            "ar",
                            "تُعقد الآن عيادة تسجيل لدى الطبيب العام في الفندق كل يوم ثلاثاء."),
            "esol",
                    Map.of(
                            "en",
                            "We opened 40 more ESOL places at the adult college.",
                            "ar",
                            "فتحنا 40 مقعدًا إضافيًا لتعلم الإنجليزية في كلية الكبار."));

    private DemoActions() {}

    static int load(
            LocalApi api,
            String actionsUrl,
            String borough,
            String token,
            Random random,
            List<DemoFeedback.Themed> themed)
            throws Exception {
        String actions = actionsUrl + "/api/boroughs/" + borough + "/actions";
        Map<String, List<String>> byTheme = themed.stream()
                .collect(Collectors.groupingBy(
                        t -> t.themes().get(0),
                        Collectors.mapping(DemoFeedback.Themed::responseId, Collectors.toList())));
        int raised = 0;
        for (Map.Entry<String, List<String>> theme : byTheme.entrySet()) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("themes", List.of(theme.getKey()));
            action.put("feedbackResponseIds", theme.getValue());
            action.put(
                    "title", "Respond to what we heard about " + theme.getKey().replace('-', ' '));
            action.put("ownerTeam", "Refugee and migrant support team");
            action.put(
                    "dueOn", LocalDate.now().plusDays(30 + random.nextInt(60)).toString());
            String id = api.post(actions, token, action).path("actionId").asString();
            raised++;
            api.post(actions + "/" + id + "/status", token, Map.of("status", "AGREED"), 200);
            Map<String, String> statement = WE_DID.get(theme.getKey());
            if (statement != null) {
                api.post(
                        actions + "/" + id + "/completion",
                        token,
                        Map.of("outcome", "DONE", "statement", statement),
                        200);
            } else if (theme.getKey().equals("travel-costs")) {
                api.post(
                        actions + "/" + id + "/completion",
                        token,
                        Map.of(
                                "outcome",
                                "NOT_POSSIBLE",
                                "statement",
                                Map.of(
                                        "en",
                                        "Bus passes are set nationally; we asked the Home Office and will report back.")),
                        200);
            }
        }
        return raised;
    }
}
