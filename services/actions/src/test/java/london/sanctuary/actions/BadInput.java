package london.sanctuary.actions;

import static london.sanctuary.actions.ActionRequests.completion;
import static london.sanctuary.actions.ActionRequests.note;
import static london.sanctuary.actions.ActionRequests.raise;

import java.util.stream.Stream;

/** One bad request and how it must be refused. In paths, {@code {id}} is a PROPOSED lambeth action at version 0. */
record BadInput(String name, String method, String path, String body, String[] headers, int status, String field) {

    static Stream<BadInput> cases() {
        return Stream.of(
                post("malformed JSON", "", "{\"themes\": [", 400, "body"),
                post("no themes", "", raise("food").replace("[\"food\"]", "[]"), 400, "themes"),
                post("a theme that is not a code", "", raise("Food!"), 400, "themes"),
                post("missing ownerTeam", "", raise("food").replace("\"Housing needs\"", "null"), 400, "ownerTeam"),
                post("blank title", "", raise("food").replace("Fresh food at the hotel", " "), 400, "title"),
                post("dueOn not a date", "", raise("food").replace("2026-12-31", "31/12/2026"), 400, "dueOn"),
                post(
                        "response id not a UUID",
                        "",
                        raise("food").replace("[]", "[\"r-1\"]"),
                        400,
                        "feedbackResponseIds[0]"),
                post("unknown field", "", raise("food").replace("}", ", \"colour\": \"red\"}"), 400, "colour"),
                post("unknown status", "/{id}/status", ActionRequests.status("WAITING"), 400, "status"),
                post("no status", "/{id}/status", "{}", 400, "status"),
                post(
                        "a reason without English",
                        "/{id}/status",
                        "{\"status\": \"NOT_POSSIBLE\", \"reason\": {\"ar\": \"لا\"}}",
                        400,
                        "reason"),
                post("an invalid transition", "/{id}/status", ActionRequests.status("IN_PROGRESS"), 422, "status"),
                post("DONE without a statement", "/{id}/status", ActionRequests.status("DONE"), 422, "statement"),
                post(
                        "NOT_POSSIBLE without a reason",
                        "/{id}/status",
                        ActionRequests.status("NOT_POSSIBLE"),
                        422,
                        "reason"),
                post(
                        "evidence over http",
                        "/{id}/notes",
                        note("Menu agreed", "http://newham.gov.uk/m.pdf"),
                        400,
                        "evidence"),
                post("a blank note", "/{id}/notes", note(" ", "https://newham.gov.uk/m.pdf"), 400, "text"),
                post("an unknown outcome", "/{id}/completion", completion("FINISHED", "Done", "تم"), 400, "outcome"),
                post(
                        "a statement without English",
                        "/{id}/completion",
                        "{\"outcome\": \"DONE\", \"statement\": {\"ar\": \"تم\"}}",
                        400,
                        "statement"),
                post(
                        "a statement in no language",
                        "/{id}/completion",
                        "{\"outcome\": \"DONE\", \"statement\": {\"english!\": \"Done\"}}",
                        400,
                        "statement"),
                post(
                        "completing a PROPOSED action",
                        "/{id}/completion",
                        completion("DONE", "Done", "تم"),
                        422,
                        "status"),
                new BadInput("unknown status filter", "GET", "?status=WAITING", null, new String[0], 400, "status"),
                new BadInput("limit too large", "GET", "?limit=5000", null, new String[0], 400, "limit"),
                new BadInput(
                        "stale If-Match",
                        "POST",
                        "/{id}/status",
                        ActionRequests.status("AGREED"),
                        new String[] {"If-Match", "\"7\""},
                        409,
                        "version"),
                new BadInput(
                        "malformed If-Match",
                        "POST",
                        "/{id}/status",
                        ActionRequests.status("AGREED"),
                        new String[] {"If-Match", "\"seven\""},
                        400,
                        "If-Match"));
    }

    static BadInput post(String name, String path, String body, int status, String field) {
        return new BadInput(name, "POST", path, body, new String[0], status, field);
    }

    String path(String id) {
        return "/api/boroughs/lambeth/actions" + path.replace("{id}", id);
    }

    @Override
    public String toString() {
        return name;
    }
}
