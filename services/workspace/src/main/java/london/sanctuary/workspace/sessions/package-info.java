/**
 * The sessions pages, for a borough's officers (others: no link, 403 at the address), all through the engagement
 * service's API ({@link london.sanctuary.workspace.sessions.SessionDiary}) and, for names, the consent service's
 * search and records ({@link london.sanctuary.workspace.sessions.PeopleFinder}):
 *
 * <ul>
 *   <li>{@code GET /sessions?view=week|month&date&type&language} — the calendar; every filter in the URL;
 *   <li>{@code GET /sessions/new}, {@code POST /sessions} — schedule any type, once, weekly or monthly (the same
 *       weekday of the month, e.g. the first Tuesday), with venue, access, languages, interpreters, childcare,
 *       compensation and facilitators; {@code GET|POST /sessions/{id}/edit} — change it (a series' rule stays);
 *   <li>{@code GET /sessions/{id}?q=} — the session: places, registrations with names, unmet needs flagged,
 *       search-and-register (one meeting or every meeting of the series), give a waitlisted person a place, cancel a
 *       place, attendance with travel expenses and receipt, mark paid, mark held, cancel;
 *   <li>{@code GET|POST /sessions/{id}/check-in} — the door, for a tablet: "Scan a card" ({@code POST
 *       /sessions/{id}/check-in/card}: a keyboard-wedge scanner, the typed code, or the camera where the browser has
 *       one) and one big tick box per name;
 *   <li>{@code GET /people/{ref}/card} — a participant's QR card to print: a keyed card code, no name (decision
 *       0036);
 *   <li>{@code GET /sessions/expenses?from&to}, {@code GET /sessions/expenses.csv?from&to} — expense totals of a
 *       period and the finance CSV (references, never names).
 * </ul>
 *
 * <p>Its wording is in {@code sessions/messages.properties} and {@code sessions/messages_ar.properties}, added to the
 * workspace's messages by {@link london.sanctuary.workspace.sessions.SessionsFeature}.
 */
package london.sanctuary.workspace.sessions;
