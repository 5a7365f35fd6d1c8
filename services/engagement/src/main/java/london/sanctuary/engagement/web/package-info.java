/** HTTP concerns every feature's controllers share: roles, versions, ids and how domain refusals are answered. */
package london.sanctuary.engagement.web;
