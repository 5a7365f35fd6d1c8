package london.sanctuary.tangled.answers;

import london.sanctuary.tangled.forms.Form;

/** Fixture: the other half of the cycle. */
public record Answer(Form form, String text) {}
