/**
 * The adapters of {@link london.sanctuary.actions.loop.ContactDirectory}: the consent service's contact lookup
 * over HTTP, and a directory that finds nobody when that lookup is off.
 */
package london.sanctuary.actions.loop.contact;
