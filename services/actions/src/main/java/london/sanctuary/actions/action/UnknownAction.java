package london.sanctuary.actions.action;

import london.sanctuary.contracts.refusal.NotFound;

/** No such action in this borough: the platform's one 404, so it cannot be told from another borough's. */
public class UnknownAction extends NotFound {

    public UnknownAction() {
        super("Action");
    }
}
