package london.sanctuary.actions.action;

/** The caller changed a version of the action that is no longer the current one. */
public class StaleVersion extends RuntimeException {

    public StaleVersion() {
        super("The action was changed since the version you sent; reload it and try again");
    }
}
