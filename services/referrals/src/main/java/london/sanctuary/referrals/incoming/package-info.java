/**
 * The receiving borough's side: the inbox of incoming referrals with their SLA clock, acceptance (key release,
 * decryption, validation, enrolment as a transfer in the borough's consent service, all or nothing), decline,
 * picking up support, completion, and deleting the package when the sender ends the referral.
 */
package london.sanctuary.referrals.incoming;
