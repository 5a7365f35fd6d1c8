/**
 * The engagement service: co-production sessions in each borough it serves — scheduling, registrations with a
 * waitlist gated by consent, attendance, notices, and a public iCalendar feed.
 */
package london.sanctuary.engagement;
