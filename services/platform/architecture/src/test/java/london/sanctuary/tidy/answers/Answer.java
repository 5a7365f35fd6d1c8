package london.sanctuary.tidy.answers;

import london.sanctuary.tidy.forms.Form;

/** Fixture: answers depend on forms, one way only. */
public record Answer(Form form, String text) {}
