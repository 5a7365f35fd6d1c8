package london.sanctuary.contracts.refusal;

/** A change that collides with the record's current state or with work under way: answered as 409. */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
