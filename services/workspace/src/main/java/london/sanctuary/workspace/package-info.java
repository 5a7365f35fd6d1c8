/**
 * The staff workspace, a backend-for-frontend: it signs staff in by OpenID Connect, shows GOV.UK pages and calls the
 * services' APIs with the signed-in person's access token (which never reaches the browser). It owns no data. One
 * package per feature ({@code people}, {@code sessions}, {@code audit}, …); {@code signin}, {@code staff} and
 * {@code services} are what every feature uses.
 */
package london.sanctuary.workspace;
