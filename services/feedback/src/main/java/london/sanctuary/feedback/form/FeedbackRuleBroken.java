package london.sanctuary.feedback.form;

/** Well-formed input the current state does not allow (422), naming the field it is about. */
public class FeedbackRuleBroken extends RuntimeException {

    private final String field;

    public FeedbackRuleBroken(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
