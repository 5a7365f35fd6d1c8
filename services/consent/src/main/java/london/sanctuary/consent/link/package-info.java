/**
 * The participant's personal link: a long random token, given to them by text or on a printed card, that opens their
 * own page without an account. Only the token's SHA-256 hash is stored, bound to the person and their borough; a link
 * expires after the borough's period and is ended by staff, by the person, or by a new link. Decision 0058.
 */
package london.sanctuary.consent.link;
