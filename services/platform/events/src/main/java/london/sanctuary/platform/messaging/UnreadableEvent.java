package london.sanctuary.platform.messaging;

/**
 * A record that is not a platform event or does not match its contract. Its message names the event id
 * and type, never the data, because it travels into dead-letter headers and logs.
 */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message) {
        super(message);
    }
}
