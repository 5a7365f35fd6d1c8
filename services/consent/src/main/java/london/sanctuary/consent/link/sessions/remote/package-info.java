/** The engagement service over HTTP, with the borough's service token, retry and a circuit breaker. */
package london.sanctuary.consent.link.sessions.remote;
