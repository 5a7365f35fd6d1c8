/**
 * Staff sign-in for a service's pages, turned on with {@code sanctuary.pages.sign-in.enabled}: the client
 * credentials a person types are exchanged, server-side, for a token at the authorization server; the token is
 * checked like any bearer token and kept in the HTTP session, never in the browser. The API's own filter chain
 * stays stateless (decisions 0016 and 0017).
 */
package london.sanctuary.platform.pages.signin;
