package london.sanctuary.local.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sessions in a borough through the engagement API: one a week in the past (a year of them in the whole demo;
 * registered, attended, held) and two to come, of every kind the seeds describe, set up a few at a time.
 */
final class DemoSessions {

    /** Sessions set up at once; each one's own calls stay in order. */
    static final int IN_FLIGHT = 4;

    private static final List<String> TYPES =
            List.of("FOCUS_GROUP", "WORKSHOP", "OPEN_HOUSE", "LIVED_EXPERIENCE_FORUM", "DROP_IN", "FACILITATED_SURVEY");
    private static final List<String> VENUES =
            List.of("TRUSTED_COMMUNITY_SPACE", "CONTINGENCY_HOTEL", "COUNCIL_BUILDING");

    private DemoSessions() {}

    /** A session decided up front from the seeded random source: who comes, who attends. */
    private record Planned(Map<String, Object> body, List<DemoParticipant> coming, List<Boolean> attended) {}

    /** Returns the ids of the sessions that were held, newest last. */
    static List<String> load(
            LocalApi api,
            String engagementUrl,
            String borough,
            String token,
            Random random,
            List<DemoParticipant> people,
            int weeksBack)
            throws Exception {
        String sessions = engagementUrl + "/api/boroughs/" + borough + "/sessions";
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        List<Planned> planned = new ArrayList<>();
        for (int week = weeksBack; week >= -2; week--) {
            Instant startsAt = today.minus(Duration.ofDays(7L * week)).plus(Duration.ofHours(14));
            String type = TYPES.get(random.nextInt(TYPES.size()));
            Map<String, Object> body = session(type, startsAt, random);
            List<DemoParticipant> coming = pick(people, 4 + random.nextInt(6), random);
            List<Boolean> attended = new ArrayList<>();
            if (week > 0) {
                coming.forEach(person -> attended.add(random.nextInt(5) > 0));
            }
            planned.add(new Planned(body, coming, attended));
        }
        List<String> ids = Parallel.inOrder(planned, IN_FLIGHT, p -> hold(api, sessions, token, p), done -> {});
        List<String> held = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            if (!planned.get(i).attended().isEmpty()) {
                held.add(ids.get(i));
            }
        }
        return held;
    }

    /** Schedules the session and registers who comes; a past one also gets its attendance and is held. */
    private static String hold(LocalApi api, String sessions, String token, Planned p) throws Exception {
        String id = api.post(sessions, token, p.body()).path("sessionId").asString();
        for (DemoParticipant person : p.coming()) {
            api.postOnceConsentArrives(
                    sessions + "/" + id + "/registrations", token, Map.of("participantRef", person.ref()));
        }
        for (int i = 0; i < p.attended().size(); i++) {
            api.post(
                    sessions + "/" + id + "/attendance",
                    token,
                    Map.of(
                            "participantRef",
                            p.coming().get(i).ref(),
                            "attended",
                            p.attended().get(i)),
                    200);
        }
        if (!p.attended().isEmpty()) {
            api.post(sessions + "/" + id + "/held", token, Map.of(), 200);
        }
        return id;
    }

    private static Map<String, Object> session(String type, Instant startsAt, Random random) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", Map.of("en", title(type), "ar", "جلسة مشاركة"));
        body.put("startsAt", startsAt.toString());
        body.put("endsAt", startsAt.plus(Duration.ofHours(2)).toString());
        String venueKind = VENUES.get(random.nextInt(VENUES.size()));
        body.put(
                "venue",
                Map.of(
                        "name",
                        venueName(venueKind),
                        "address",
                        "London",
                        "kind",
                        venueKind,
                        "stepFreeAccess",
                        true,
                        "creche",
                        random.nextBoolean()));
        body.put("capacity", 12);
        body.put("languages", List.of("en", "ar", "fa", "prs"));
        body.put("interpreters", List.of(Map.of("language", "ar"), Map.of("language", "prs")));
        body.put("compensation", Map.of("travelExpenses", true, "food", true));
        body.put("facilitators", List.of("Refugee and migrant support team"));
        return body;
    }

    private static String title(String type) {
        return switch (type) {
            case "FOCUS_GROUP" -> "Focus group: living in temporary accommodation";
            case "WORKSHOP" -> "Workshop: getting registered with a GP";
            case "OPEN_HOUSE" -> "Open house at the hotel";
            case "LIVED_EXPERIENCE_FORUM" -> "Sanctuary forum";
            case "DROP_IN" -> "Advice drop-in";
            default -> "Facilitated survey: what would help you settle";
        };
    }

    private static String venueName(String kind) {
        return switch (kind) {
            case "CONTINGENCY_HOTEL" -> "Hotel meeting room";
            case "COUNCIL_BUILDING" -> "Town hall committee room";
            default -> "Community centre";
        };
    }

    private static List<DemoParticipant> pick(List<DemoParticipant> people, int count, Random random) {
        List<DemoParticipant> shuffled = new ArrayList<>(people);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }
}
