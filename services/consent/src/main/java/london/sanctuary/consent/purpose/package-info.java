/**
 * Consent per purpose: grant, withdraw, the full history and the check other services call.
 */
package london.sanctuary.consent.purpose;
