package london.sanctuary.feedback.form;

/** One option of a choice question: its code (the answer's value) and its text per language. */
public record Choice(String code, LocalisedText text) {}
