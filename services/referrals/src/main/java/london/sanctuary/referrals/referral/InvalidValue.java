package london.sanctuary.referrals.referral;

/** A value that breaks its own rules; answered 400 naming the field. The detail never repeats the value. */
public class InvalidValue extends RuntimeException {

    private final String field;
    private final String detail;

    public InvalidValue(String field, String detail) {
        super(field + " " + detail);
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
