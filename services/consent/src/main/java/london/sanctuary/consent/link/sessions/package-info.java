/**
 * A person's sessions on their own page (decision 0062): what the engagement service offers them, asked for them
 * alone through a port ({@link london.sanctuary.consent.link.sessions.SessionsForPerson}) with the borough's service
 * token, the ref always the opened link's.
 */
package london.sanctuary.consent.link.sessions;
