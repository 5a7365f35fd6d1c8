/**
 * Where an emailed receipt goes: GOV.UK Notify through the platform's gateway, or nowhere but the audit trail
 * when Notify is not configured; and Notify's outage as a 503.
 */
package london.sanctuary.consent.receipt.notify;
