/**
 * Their data (decision 0065): the sections of a person's subject-access bundle that the borough's other services hold
 * (sessions, linked feedback, notices sent, referrals), read for the person themselves through a port, {@link
 * london.sanctuary.consent.link.held.TheirSections}; the person's page assembles them with the consent service's own.
 */
package london.sanctuary.consent.link.held;
