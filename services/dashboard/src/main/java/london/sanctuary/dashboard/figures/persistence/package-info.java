/** The counters kept in MongoDB (database {@code dashboard}), through the auto-configured template. */
package london.sanctuary.dashboard.figures.persistence;
