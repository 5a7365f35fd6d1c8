/** HTTP concerns every feature's controllers share: roles, the path's borough, and how domain refusals are answered. */
package london.sanctuary.feedback.web;
