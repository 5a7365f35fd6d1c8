package london.sanctuary.consent;

import static london.sanctuary.consent.ConsentRequests.grant;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * One bad request and how it must be refused. In paths, {@code {ref}} is a lambeth participant holding
 * PARTICIPATE at version 1 and {@code {other}} a barnet participant.
 */
record BadInput(
        String name, String method, String pathTemplate, String body, String[] headers, int status, String field) {

    static final String ENROL = "";
    static final String CONSENTS = "/{ref}/consents";

    static Stream<BadInput> cases() {
        return Stream.of(
                post("malformed JSON", ENROL, "{\"name\": \"Amira\",", 400, "body"),
                post("missing name", ENROL, "{\"preferredLanguages\": [\"ar\"]}", 400, "name"),
                post(
                        "unknown field",
                        ENROL,
                        "{\"name\": \"A\", \"preferredLanguages\": [\"ar\"], \"nationality\": \"x\"}",
                        400,
                        "nationality"),
                post(
                        "bad language tag in enrolment",
                        ENROL,
                        "{\"name\": \"A\", \"preferredLanguages\": [\"english!\"]}",
                        400,
                        "preferredLanguages"),
                post(
                        "no preferred language",
                        ENROL,
                        "{\"name\": \"A\", \"preferredLanguages\": []}",
                        400,
                        "preferredLanguages"),
                post("unknown purpose", CONSENTS, grant("MARKETING"), 400, "purpose"),
                post(
                        "bad language tag in consent",
                        CONSENTS,
                        grant("RECONTACT").replace("\"ps\"", "\"xx-!!\""),
                        400,
                        "language"),
                post("blank noticeVersion", CONSENTS, grant("RECONTACT").replace("2026-10", " "), 400, "noticeVersion"),
                post(
                        "expiresAt in the past",
                        CONSENTS,
                        grant("RECONTACT").replace("}", ", \"expiresAt\": \"2020-01-01T00:00:00Z\"}"),
                        400,
                        "expiresAt"),
                post(
                        "unknown field in consent",
                        CONSENTS,
                        grant("RECONTACT").replace("}", ", \"colour\": \"red\"}"),
                        400,
                        "colour"),
                post("purpose already held", CONSENTS, grant("PARTICIPATE"), 422, "purpose"),
                post("withdrawing a purpose not held", "/{ref}/consents/RECONTACT/withdrawal", "{}", 422, "purpose"),
                post("unknown purpose in the path", "/{ref}/consents/MARKETING/withdrawal", "{}", 400, "purpose"),
                post("unknown participant", "/" + UUID.randomUUID() + "/consents", grant("RECONTACT"), 404, null),
                post("participant of another borough", "/{other}/consents", grant("RECONTACT"), 404, null),
                new BadInput(
                        "stale If-Match",
                        "POST",
                        CONSENTS,
                        grant("RECONTACT"),
                        new String[] {"If-Match", "\"0\""},
                        409,
                        "version"),
                new BadInput(
                        "malformed If-Match",
                        "POST",
                        CONSENTS,
                        grant("RECONTACT"),
                        new String[] {"If-Match", "\"one\""},
                        400,
                        "If-Match"),
                patch("a change to an e-mail that is not one", "{\"email\": \"not-an-email\"}", 400, "email"),
                patch("a change removing the name", "{\"name\": null}", 400, "name"),
                patch("a change giving the name a number", "{\"name\": 123}", 400, "name"),
                patch("a change removing every language", "{\"preferredLanguages\": []}", 400, "preferredLanguages"),
                patch("a change of what is not a detail", "{\"borough\": \"barnet\"}", 400, "borough"),
                patch("an empty change", "{}", 400, "body"),
                new BadInput(
                        "stale If-Match on a change",
                        "PATCH",
                        "/{ref}",
                        "{\"name\": \"Someone Else\"}",
                        new String[] {"If-Match", "\"0\""},
                        409,
                        "version"),
                post(
                        "re-confirming a purpose not held",
                        "/{ref}/consents/RECONTACT/reconfirmation",
                        reconfirm(),
                        422,
                        "purpose"),
                post(
                        "re-confirming without a notice version",
                        "/{ref}/consents/PARTICIPATE/reconfirmation",
                        reconfirm().replace("2026-11", ""),
                        400,
                        "noticeVersion"),
                post(
                        "re-confirming with an interpreter language that is not one",
                        "/{ref}/consents/PARTICIPATE/reconfirmation",
                        reconfirm().replace("\"interpreter\": \"ps\"", "\"interpreter\": \"!!\""),
                        400,
                        "interpreter"),
                post(
                        "a duplicate confirmation that is not a flag",
                        ENROL,
                        "{\"name\": \"A\", \"preferredLanguages\": [\"ar\"], \"confirmedNotDuplicate\": \"yes\"}",
                        400,
                        "confirmedNotDuplicate"),
                new BadInput("a search too long", "GET", "?q=" + "a".repeat(201), null, new String[0], 400, "q"),
                new BadInput("a search for nothing", "GET", "?q=%20-%20", null, new String[0], 400, "q"),
                new BadInput(
                        "stale If-Match on erasure",
                        "DELETE",
                        "/{ref}",
                        null,
                        new String[] {"If-Match", "\"0\""},
                        409,
                        "version"));
    }

    static BadInput patch(String name, String body, int status, String field) {
        return new BadInput(name, "PATCH", "/{ref}", body, new String[0], status, field);
    }

    static String reconfirm() {
        return """
                {"method": "WRITTEN", "language": "ps", "noticeVersion": "2026-11", "interpreter": "ps"}""";
    }

    static BadInput post(String name, String pathTemplate, String body, int status, String field) {
        return new BadInput(name, "POST", pathTemplate, body, new String[0], status, field);
    }

    String path(String ref, String other) {
        return "/api/boroughs/lambeth/participants"
                + pathTemplate.replace("{ref}", ref).replace("{other}", other);
    }

    @Override
    public String toString() {
        return name;
    }
}
