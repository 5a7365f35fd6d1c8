package london.sanctuary.contracts;

/** What a participant consents to; consent is recorded per purpose. */
public enum ConsentPurpose {
    PARTICIPATE,
    RECONTACT,
    LINK_FEEDBACK,
    SHARE_ON_MOVE,
    PUBLISH_QUOTE
}
