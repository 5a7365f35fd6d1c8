package london.sanctuary.feedback.form;

/** Where a form is in its life: a draft only staff see, open to answers, or closed to them. */
public enum FormStatus {
    DRAFT,
    OPEN,
    CLOSED
}
