/** HTTP concerns the controllers share: roles, versions, and how domain refusals are answered. */
package london.sanctuary.referrals.web;
