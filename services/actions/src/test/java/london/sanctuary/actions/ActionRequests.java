package london.sanctuary.actions;

import java.util.UUID;

/** Request bodies for the actions API, as a client would send them. */
final class ActionRequests {

    private ActionRequests() {}

    static String actions(String borough) {
        return "/api/boroughs/" + borough + "/actions";
    }

    static String raise(String theme, UUID... responseIds) {
        StringBuilder ids = new StringBuilder();
        for (UUID id : responseIds) {
            ids.append(ids.isEmpty() ? "" : ", ").append('"').append(id).append('"');
        }
        return """
                {"themes": ["%s"], "feedbackResponseIds": [%s], "title": "Fresh food at the hotel",
                 "ownerTeam": "Housing needs", "dueOn": "2026-12-31"}""".formatted(theme, ids);
    }

    static String status(String status) {
        return "{\"status\": \"" + status + "\"}";
    }

    static String completion(String outcome, String english, String arabic) {
        return """
                {"outcome": "%s", "statement": {"en": "%s", "ar": "%s"}}""".formatted(outcome, english, arabic);
    }

    static String note(String text, String link) {
        return "{\"text\": \"" + text + "\", \"evidence\": [\"" + link + "\"]}";
    }
}
