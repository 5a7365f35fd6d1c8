package london.sanctuary.feedback.form;

/** What kind of answer a question takes. */
public enum QuestionType {
    FREE_TEXT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SCALE_1_5;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
