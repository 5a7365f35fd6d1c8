package london.sanctuary.tangled.forms;

import london.sanctuary.tangled.answers.Answer;

/** Fixture: a form that knows its answers, whose answers know their form (a package cycle). */
public record Form(String code, Answer first) {}
