/**
 * Staff sign-in for a service's pages, turned on with {@code sanctuary.pages.sign-in.enabled}: OpenID Connect
 * (authorization code with PKCE) at the authorization server every staff application shares, so one sign-in, by
 * name, reaches the workspace, the dashboard and the move-on inbox, and one sign-out ends it in all of them
 * (RP-initiated and back-channel logout). The access token is checked like any bearer token and kept in the HTTP
 * session, never in the browser. The API's own filter chain stays stateless (decisions 0016, 0017 and 0034).
 */
package london.sanctuary.platform.pages.signin;
