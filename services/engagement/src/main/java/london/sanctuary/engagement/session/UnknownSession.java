package london.sanctuary.engagement.session;

import london.sanctuary.contracts.refusal.NotFound;

/** No such session in this borough: the same answer whether it never existed or belongs elsewhere. */
public class UnknownSession extends NotFound {

    public UnknownSession() {
        super("Session");
    }
}
