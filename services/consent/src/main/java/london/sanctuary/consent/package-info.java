/**
 * The consent service. Features: {@code participant} (enrolment, profile, erasure), {@code purpose} (consent per
 * purpose), {@code receipt} (consent receipts); {@code config} wires them, and the starter's data keys
 * ({@code london.sanctuary.platform.crypto}) do the crypto-shredding.
 */
package london.sanctuary.consent;
