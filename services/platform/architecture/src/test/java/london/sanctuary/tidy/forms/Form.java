package london.sanctuary.tidy.forms;

/** Fixture: a form that knows nothing of answers. */
public record Form(String code) {}
