package london.sanctuary.contracts;

/** Lifecycle of an action raised from feedback; DONE and NOT_POSSIBLE are end states. */
public enum ActionStatus {
    PROPOSED,
    AGREED,
    IN_PROGRESS,
    DONE,
    NOT_POSSIBLE
}
