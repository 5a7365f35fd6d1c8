/** Limits on how often something may be asked, and their one answer (429 with Retry-After). */
package london.sanctuary.consent.limits;
