/**
 * Disclosure control for published figures (DESIGN.md §5, NHS Digital's rule): small counts suppressed,
 * every other count rounded, secondary suppression so no suppressed cell is recoverable from totals,
 * and medians and rates only where the count behind them passes the threshold. Plain Java.
 */
package london.sanctuary.dashboard.disclosure;
