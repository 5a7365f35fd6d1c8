/** The quotes' store. */
package london.sanctuary.actions.quote.persistence;
