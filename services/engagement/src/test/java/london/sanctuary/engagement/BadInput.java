package london.sanctuary.engagement;

import static london.sanctuary.engagement.SessionRequests.focusGroup;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

/** One bad request and how it must be refused. In paths, {@code {id}} is a lambeth session at version 0. */
record BadInput(
        String name, String method, String pathTemplate, String body, String[] headers, int status, String field) {

    static final String SCHEDULE = "";
    static final Instant TOMORROW = Instant.now().plus(Duration.ofDays(1));
    static final String GOOD = focusGroup(TOMORROW, 10);

    static Stream<BadInput> cases() {
        return Stream.of(
                post("malformed JSON", SCHEDULE, "{\"type\": \"WORKSHOP\",", 400, "body"),
                post("unknown session type", SCHEDULE, GOOD.replace("FOCUS_GROUP", "PARTY"), 400, "type"),
                post("no English title", SCHEDULE, GOOD.replace("\"en\": \"Housing conditions\", ", ""), 400, "title"),
                post("ends before it starts", SCHEDULE, swapTimes(GOOD), 400, "endsAt"),
                post("no places", SCHEDULE, GOOD.replace("\"capacity\": 10", "\"capacity\": 0"), 400, "capacity"),
                post("not an RRULE", SCHEDULE, focusGroup(TOMORROW, 10, "every other tuesday"), 400, "recurrence"),
                post(
                        "a payment offered",
                        SCHEDULE,
                        GOOD.replace("\"food\": true", "\"food\": true, \"payment\": 2000"),
                        400,
                        "compensation.payment"),
                post(
                        "venue without a name",
                        SCHEDULE,
                        GOOD.replace("\"name\": \"Forest Gate Community Centre\", ", ""),
                        400,
                        "venue.name"),
                post(
                        "bad language tag",
                        SCHEDULE,
                        GOOD.replace("[\"en\", \"ar\"]", "[\"en\", \"arabic!\"]"),
                        400,
                        "languages"),
                post(
                        "no facilitating team",
                        SCHEDULE,
                        GOOD.replace("[\"Newham Community Engagement\"]", "[]"),
                        400,
                        "facilitators"),
                post(
                        "registration without a ref",
                        "/{id}/registrations",
                        "{\"childcare\": false}",
                        400,
                        "participantRef"),
                post(
                        "access needs as free text",
                        "/{id}/registrations",
                        "{\"participantRef\": \"" + UUID.randomUUID() + "\", \"accessNeeds\": [\"uses a wheelchair\"]}",
                        400,
                        "accessNeeds[0]"),
                post(
                        "attendance without attended",
                        "/{id}/attendance",
                        "{\"participantRef\": \"" + UUID.randomUUID() + "\"}",
                        400,
                        "attended"),
                post(
                        "reschedule ending before it starts",
                        "/{id}/reschedule",
                        "{\"startsAt\": \"2027-01-02T10:00:00Z\", \"endsAt\": \"2027-01-02T09:00:00Z\"}",
                        400,
                        "endsAt"),
                new BadInput(
                        "stale If-Match",
                        "POST",
                        "/{id}/cancellation",
                        null,
                        new String[] {"If-Match", "\"7\""},
                        409,
                        "version"),
                new BadInput(
                        "malformed If-Match",
                        "POST",
                        "/{id}/cancellation",
                        null,
                        new String[] {"If-Match", "\"one\""},
                        400,
                        "If-Match"),
                new BadInput(
                        "a list ending before it starts",
                        "GET",
                        "?from=2027-02-01&to=2027-01-01",
                        null,
                        new String[0],
                        400,
                        "to"),
                new BadInput(
                        "unknown session",
                        "POST",
                        "/" + UUID.randomUUID() + "/cancellation",
                        null,
                        new String[0],
                        404,
                        null));
    }

    static BadInput post(String name, String pathTemplate, String body, int status, String field) {
        return new BadInput(name, "POST", pathTemplate, body, new String[0], status, field);
    }

    private static String swapTimes(String body) {
        String start =
                TOMORROW.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String end = TOMORROW.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .plus(Duration.ofHours(2))
                .toString();
        return body.replace("\"startsAt\": \"" + start, "\"startsAt\": \"" + end)
                .replace("\"endsAt\": \"" + end, "\"endsAt\": \"" + start);
    }

    String path(String id) {
        return "/api/boroughs/lambeth/sessions" + pathTemplate.replace("{id}", id);
    }

    @Override
    public String toString() {
        return name;
    }
}
