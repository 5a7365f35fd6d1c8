package london.sanctuary.contracts;

/**
 * Why a sending borough tells a receiving borough to erase its copy of a referred person (UK GDPR art. 17(2), 19):
 * the person was erased at the sender, or withdrew their consent to share on move there.
 */
public enum ErasureGround {
    PARTICIPANT_ERASED,
    SHARE_ON_MOVE_WITHDRAWN
}
