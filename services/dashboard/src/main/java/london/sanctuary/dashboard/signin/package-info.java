/**
 * Signing in to the page: the client credentials a person types are exchanged, server-side, for a
 * token at the authorization server; the checked token is kept in the HTTP session, never in the
 * browser.
 */
package london.sanctuary.dashboard.signin;
