package london.sanctuary.feedback.form;

/** A value that breaks a rule of its own field; the field is named as the caller sent it. */
public class InvalidValue extends RuntimeException {

    private final String field;
    private final String detail;

    public InvalidValue(String field, String detail) {
        super(field + ": " + detail);
        this.field = field;
        this.detail = detail;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return detail;
    }
}
