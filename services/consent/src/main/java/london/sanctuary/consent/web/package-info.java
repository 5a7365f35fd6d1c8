/** HTTP concerns every feature's controllers share: roles, versions, refs and how domain refusals are answered. */
package london.sanctuary.consent.web;
