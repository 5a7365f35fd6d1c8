/**
 * The consent service. Features: {@code participant} (enrolment, profile, erasure), {@code purpose} (consent per
 * purpose), {@code receipt} (consent receipts), {@code crypto} (data keys and crypto-shredding).
 */
package london.sanctuary.consent;
