package london.sanctuary.contracts.refusal;

/**
 * A value that breaks a rule of its own field: answered as 400 naming the field. The detail never repeats the
 * value: it may be personal.
 */
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
