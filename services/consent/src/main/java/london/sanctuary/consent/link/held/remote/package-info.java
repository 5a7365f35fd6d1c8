/** The other services' personal addresses for a person's bundle, over HTTP with the borough's service token. */
package london.sanctuary.consent.link.held.remote;
