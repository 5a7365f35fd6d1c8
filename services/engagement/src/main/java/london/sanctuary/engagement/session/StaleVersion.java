package london.sanctuary.engagement.session;

/** The caller changed a version of the session that is no longer the current one. */
public class StaleVersion extends RuntimeException {

    public StaleVersion() {
        super("The session was changed since the version you sent; reload it and try again");
    }
}
