/**
 * Anonymised facts for the GLA topic {@code sanctuary.gla.facts.v1}: no participantRef, no ids of people, no names,
 * no free text; days rather than instants.
 */
package london.sanctuary.contracts.facts;
