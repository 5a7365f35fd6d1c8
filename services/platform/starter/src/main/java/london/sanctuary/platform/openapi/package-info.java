/**
 * Every service's OpenAPI document, made usable in one place: the bearer token it asks for (so Swagger UI has an
 * Authorize button), a summary for every operation, its error answers as problem+json, and Swagger UI under a
 * Content-Security-Policy. Controllers need no annotation for any of it.
 */
package london.sanctuary.platform.openapi;
