package london.sanctuary.engagement.session;

/** No such session in this borough. */
public class UnknownSession extends RuntimeException {

    public UnknownSession() {
        super("Session not found");
    }
}
