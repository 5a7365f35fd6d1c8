package london.sanctuary.platform.problem;

/** A change made against a stale version: answered as 409. */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
