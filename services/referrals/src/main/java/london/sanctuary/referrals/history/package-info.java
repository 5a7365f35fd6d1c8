/**
 * The referrals service's own copy of each participant's engagement history in its borough — sessions attended,
 * forms answered with a link to them — kept from the engagement and feedback topics, for the package.
 */
package london.sanctuary.referrals.history;
