package london.sanctuary.engagement.session;

import london.sanctuary.contracts.ParticipantRef;

/**
 * A registration's need the session, as booked, does not provide: {@code need} is {@code INTERPRETER} (with the
 * language), {@code CHILDCARE} or an access code the venue lacks ({@code STEP_FREE}). A code, never free text.
 */
public record UnmetNeed(ParticipantRef participant, String need, String language) {}
