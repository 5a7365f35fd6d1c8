package london.sanctuary.actions.action;

/** No such action in this borough. */
public class UnknownAction extends RuntimeException {

    public UnknownAction() {
        super("Action not found");
    }
}
