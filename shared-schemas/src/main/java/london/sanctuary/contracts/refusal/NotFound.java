package london.sanctuary.contracts.refusal;

/**
 * Nothing there for this caller: answered as 404 with one wording for every case (a missing record,
 * another borough's record, a borough this instance does not serve), so the answer tells nothing apart.
 */
public class NotFound extends RuntimeException {

    public static final String DETAIL = "Nothing was found here for you";

    public NotFound(String what) {
        super(what + " not found");
    }
}
