/**
 * Calls across processes: the borough's consent service (the move-on record, enrolling a transfer) and another
 * borough's referrals service (key release). Each with a client-credentials token of the served borough's
 * service client, time limits, and Resilience4j retry and circuit breaker by instance name.
 */
package london.sanctuary.referrals.remote;
