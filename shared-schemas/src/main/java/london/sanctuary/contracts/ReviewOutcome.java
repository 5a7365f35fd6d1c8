package london.sanctuary.contracts;

/** What a review of a completed action found: the result still holds, or the action is open again. */
public enum ReviewOutcome {
    STILL_HOLDS,
    REOPEN
}
