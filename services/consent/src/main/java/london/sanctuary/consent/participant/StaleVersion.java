package london.sanctuary.consent.participant;

/** The caller changed a version of the participant that is no longer the current one. */
public class StaleVersion extends RuntimeException {

    public StaleVersion() {
        super("The participant was changed since the version you sent; reload it and try again");
    }
}
