package london.sanctuary.contracts;

/** Kind of place a session is held in. */
public enum VenueKind {
    TRUSTED_COMMUNITY_SPACE,
    CONTINGENCY_HOTEL,
    COUNCIL_BUILDING,
    ONLINE,
    OTHER
}
