package london.sanctuary.feedback;

import static london.sanctuary.feedback.FeedbackRequests.capture;

import java.util.stream.Stream;

/**
 * One bad request to the staff API and how it must be refused. In paths, {@code {form}} is a newham form (the
 * fixture's four questions) and {@code {response}} a response to it.
 */
record BadInput(String name, String pathTemplate, String body, int status, String field) {

    static final String FORMS = "/api/boroughs/newham/forms";
    static final String RESPONSES = FORMS + "/{form}/responses";
    static final String THEMES = "/api/boroughs/newham/responses/{response}/themes";

    static Stream<BadInput> cases() {
        String form = FeedbackRequests.form();
        String answers = capture(null, "Warm food");
        return Stream.of(
                new BadInput("malformed JSON", FORMS, "{\"title\": {", 400, "body"),
                new BadInput("title under another name", FORMS, form.replace("\"title\"", "\"titles\""), 400, "titles"),
                new BadInput(
                        "title without English",
                        FORMS,
                        form.replaceFirst("\"en\":\"Tell us", "\"xx\":\"Tell us"),
                        400,
                        "title"),
                new BadInput(
                        "unknown question type",
                        FORMS,
                        form.replace("\"SCALE_1_5\"", "\"ESSAY\""),
                        400,
                        "questions[3].type"),
                new BadInput(
                        "choice question with one choice",
                        FORMS,
                        form.replace(",{\"en\":\"No\"", ",{\"xen\":\"No\"").replaceAll(",\\{\"xen\":\"No\"[^}]*}", ""),
                        400,
                        "questions[1].choices"),
                new BadInput(
                        "no questions", FORMS, "{\"title\": {\"en\": \"T\"}, \"questions\": []}", 400, "questions"),
                new BadInput(
                        "answer to a question the form lacks",
                        RESPONSES,
                        answers.replace("\"q4\"", "\"q9\""),
                        400,
                        "answers.q9"),
                new BadInput(
                        "scale answer off the scale",
                        RESPONSES,
                        answers.replace("\"q4\":4", "\"q4\":6"),
                        400,
                        "answers.q4"),
                new BadInput(
                        "required answer missing",
                        RESPONSES,
                        answers.replace("\"q1\":\"Warm food\",", ""),
                        400,
                        "answers.q1"),
                new BadInput(
                        "choice the question lacks",
                        RESPONSES,
                        answers.replace("\"q2\":\"1\"", "\"q2\":\"7\""),
                        400,
                        "answers.q2"),
                new BadInput("bad language tag", RESPONSES, answers.replace("\"prs\"", "\"farsi!\""), 400, "language"),
                new BadInput(
                        "staff capture claiming to be online",
                        RESPONSES,
                        answers.replace("INTERPRETER_ASSISTED", "ONLINE"),
                        400,
                        "captureMethod"),
                new BadInput(
                        "participantRef not a UUID",
                        RESPONSES,
                        answers.replace("{\"language\"", "{\"participantRef\":\"amira\",\"language\""),
                        400,
                        "participantRef"),
                new BadInput(
                        "unknown field in a capture",
                        RESPONSES,
                        answers.replace("{", "{\"ip\":\"1.2.3.4\","),
                        400,
                        "ip"),
                new BadInput(
                        "theme not on the borough's list",
                        THEMES,
                        FeedbackRequests.themes("food", "weather"),
                        400,
                        "themes"),
                new BadInput("no themes", THEMES, FeedbackRequests.themes(), 400, "themes"),
                new BadInput(
                        "theme code with spaces",
                        "/api/boroughs/newham/themes",
                        "{\"code\": \"Digital Access\", \"label\": \"Digital access\"}",
                        400,
                        "code"),
                new BadInput(
                        "theme that exists already",
                        "/api/boroughs/newham/themes",
                        "{\"code\": \"food\", \"label\": \"Food again\"}",
                        422,
                        "code"));
    }

    String path(String form, String response) {
        return pathTemplate.replace("{form}", form).replace("{response}", response);
    }

    @Override
    public String toString() {
        return name;
    }
}
