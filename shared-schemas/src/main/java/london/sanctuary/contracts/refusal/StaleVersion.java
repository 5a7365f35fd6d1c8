package london.sanctuary.contracts.refusal;

/** A change made against a version of the record that is no longer the current one: answered as 409. */
public class StaleVersion extends Conflict {

    /** @param what the record, in the caller's words: "participant", "session", "action" … */
    public StaleVersion(String what) {
        super("The " + what + " was changed since the version you sent; reload it and try again");
    }
}
