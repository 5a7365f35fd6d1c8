/**
 * The referral aggregate: one move-on handover as its sending borough (outgoing) or its receiving borough
 * (incoming) holds it, its FHIR Task lifecycle, SLA clock and the events it records. Plain Java.
 */
package london.sanctuary.referrals.referral;
