/**
 * Consent receipts in the style of the Kantara Initiative's Consent Receipt: what the participant can be given
 * to show what they agreed to, with whom, and its state now. No contact details.
 */
package london.sanctuary.consent.receipt;
