package london.sanctuary.platform.problem;

/** Nothing there for this caller: answered as 404, the same for missing and for out of scope. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
