/**
 * The dashboard page for people: filters, charts drawn from the published tables, the tables
 * themselves as the charts' text alternative, and a CSV of each. London's view for GLA analysts, a
 * borough beside London for its officers.
 */
package london.sanctuary.dashboard.page;
