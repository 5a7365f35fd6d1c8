/**
 * Quotes on the public board: a text answer staff pick for an action, shown only while the person who wrote it holds
 * {@code PUBLISH_QUOTE}; withdrawing it (or {@code LINK_FEEDBACK}), or erasure, deletes the quote at once (decision
 * 0042).
 */
package london.sanctuary.actions.quote;
