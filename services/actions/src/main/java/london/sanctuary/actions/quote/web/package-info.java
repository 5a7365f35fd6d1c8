/** The quotes API for staff. */
package london.sanctuary.actions.quote.web;
