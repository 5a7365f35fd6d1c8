package london.sanctuary.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Request bodies for the integration tests. */
final class SessionRequests {

    private SessionRequests() {}

    static String sessions(String borough) {
        return "/api/boroughs/" + borough + "/sessions";
    }

    /** A focus group starting at {@code startsAt}, two hours long. */
    static String focusGroup(Instant startsAt, int capacity) {
        return focusGroup(startsAt, capacity, null);
    }

    static String focusGroup(Instant startsAt, int capacity, String recurrence) {
        Instant start = startsAt.truncatedTo(ChronoUnit.SECONDS);
        return """
                {"type": "FOCUS_GROUP",
                 "title": {"en": "Housing conditions", "ar": "ظروف السكن"},
                 "description": {"en": "Tell us about where you live"},
                 "startsAt": "%s", "endsAt": "%s",%s
                 "venue": {"name": "Forest Gate Community Centre", "address": "1 Woodgrange Road, E7",
                           "kind": "TRUSTED_COMMUNITY_SPACE", "stepFreeAccess": true, "creche": true},
                 "capacity": %d,
                 "languages": ["en", "ar"],
                 "interpreters": [{"language": "ar", "dialect": "Levantine", "bsl": false},
                                  {"language": "fa-AF", "bsl": false}],
                 "compensation": {"travelExpenses": true, "food": true},
                 "facilitators": ["Newham Community Engagement"]}""".formatted(
                        start,
                        start.plus(Duration.ofHours(2)),
                        recurrence == null ? "" : " \"recurrence\": \"" + recurrence + "\",",
                        capacity);
    }

    static String registration(UUID ref) {
        return """
                {"participantRef": "%s", "interpreterLanguage": "ar", "accessNeeds": ["STEP_FREE"],
                 "childcare": true, "preferredTime": "MORNING"}""".formatted(ref);
    }

    static String attendance(UUID ref, boolean attended, long pence) {
        return """
                {"participantRef": "%s", "attended": %s, "travelExpensesPence": %d, "receiptSeen": true}""".formatted(ref, attended, pence);
    }

    static String checkIn(UUID ref, String code) {
        return """
                {"participantRef": "%s", "code": "%s"}""".formatted(ref, code);
    }

    static String reschedule(Instant startsAt) {
        return """
                {"startsAt": "%s", "endsAt": "%s"}""".formatted(startsAt, startsAt.plus(Duration.ofHours(2)));
    }
}
