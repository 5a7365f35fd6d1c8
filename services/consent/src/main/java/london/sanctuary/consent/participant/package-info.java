/**
 * Participants: enrolment under a pseudonymous {@link london.sanctuary.contracts.ParticipantRef}, the
 * encrypted profile, the append-only consent history, and erasure by crypto-shredding. The {@link
 * london.sanctuary.consent.participant.Participant} aggregate owns every state change and records its events.
 */
package london.sanctuary.consent.participant;
