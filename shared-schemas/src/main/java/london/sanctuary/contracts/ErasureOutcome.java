package london.sanctuary.contracts;

/**
 * What a receiving borough did on an erasure notice: deleted its copy (the referral was not accepted), flagged it
 * for review (accepted: the receiver is now a controller and may hold it on another lawful basis), or erased it
 * after that review.
 */
public enum ErasureOutcome {
    DELETED,
    FLAGGED,
    ERASED
}
