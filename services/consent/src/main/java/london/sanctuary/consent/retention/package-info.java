/**
 * Retention review: a period per borough after a person's last activity, after which the person appears on the
 * service lead's review list, to erase or to keep with a reason (which starts the period again).
 */
package london.sanctuary.consent.retention;
