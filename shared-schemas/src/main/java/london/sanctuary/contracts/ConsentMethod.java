package london.sanctuary.contracts;

/** How consent was given. */
public enum ConsentMethod {
    WRITTEN,
    VERBAL_WITH_INTERPRETER,
    VERBAL,
    ONLINE
}
