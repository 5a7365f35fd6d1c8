/**
 * Answers that may be quoted: the written answers behind a theme whose writers hold {@code PUBLISH_QUOTE} (and are
 * still linked, so {@code LINK_FEEDBACK} holds) now, by this service's consent ledger. What staff pick quotes for
 * the "you said, we did" board from (decision 0042); never who wrote them.
 */
package london.sanctuary.feedback.quote;
