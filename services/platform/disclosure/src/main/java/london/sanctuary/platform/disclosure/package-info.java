/**
 * Disclosure control, the one rule set for every figure that leaves a borough's hands (NHS Digital's rule, the
 * ONS's cell-key method): small counts suppressed, every other count perturbed by its cell key and rounded,
 * secondary suppression so no suppressed cell is recoverable from totals or from tables published together, and
 * medians and rates only where the count behind them passes the threshold. Used by the dashboard and by the
 * feedback export. Plain Java.
 */
package london.sanctuary.platform.disclosure;
