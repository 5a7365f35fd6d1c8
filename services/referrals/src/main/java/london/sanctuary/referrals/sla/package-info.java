/** The SLA clock: undecided incoming referrals past their respond-by time are flagged overdue, once. */
package london.sanctuary.referrals.sla;
