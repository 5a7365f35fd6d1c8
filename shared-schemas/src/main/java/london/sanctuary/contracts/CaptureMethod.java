package london.sanctuary.contracts;

/** How a feedback response was captured. */
public enum CaptureMethod {
    ONLINE,
    PAPER,
    INTERPRETER_ASSISTED,
    STAFF_TABLET
}
