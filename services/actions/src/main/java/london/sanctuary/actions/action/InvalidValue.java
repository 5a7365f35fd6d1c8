package london.sanctuary.actions.action;

/** A value that breaks a rule of its own field. The detail never repeats the value. */
public class InvalidValue extends IllegalArgumentException {

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
