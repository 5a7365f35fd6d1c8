package london.sanctuary.platform.disclosure;

/**
 * The thresholds: counts from 1 to {@code suppressBelow - 1} are suppressed, every other count is
 * perturbed by its cell's noise ({@link CellKey}) and rounded to the nearest {@code roundTo}, never below the
 * rounded threshold.
 */
public record DisclosureRule(int suppressBelow, int roundTo) {

    /** NHS Digital's rule, every service's default: counts 1 to 7 suppressed, the others rounded to 5. */
    public static final DisclosureRule STANDARD = new DisclosureRule(8, 5);

    public DisclosureRule {
        if (suppressBelow < 1 || roundTo < 1) {
            throw new IllegalArgumentException("suppressBelow and roundTo must be at least 1");
        }
    }

    /** This rule with a threshold or rounding set in a service's configuration; null keeps the standard one. */
    public static DisclosureRule of(Integer suppressBelow, Integer roundTo) {
        return new DisclosureRule(
                suppressBelow == null ? STANDARD.suppressBelow : suppressBelow,
                roundTo == null ? STANDARD.roundTo : roundTo);
    }

    /** True for a count that must not be published as it is: from 1 to one below the threshold. */
    public boolean isSmall(long count) {
        return count >= 1 && count < suppressBelow;
    }

    /** True when a median or rate may be shown: the count behind it passes the threshold. */
    public boolean supports(long countBehind) {
        return countBehind >= suppressBelow;
    }

    /** Rounds to the nearest multiple; a non-zero count never rounds down to zero. */
    public long round(long count) {
        if (count == 0) {
            return 0;
        }
        long rounded = Math.round((double) count / roundTo) * roundTo;
        return rounded == 0 ? roundTo : rounded;
    }

    /**
     * The published value of a count that is not small: perturbed by the noise of its cell key, then rounded, and
     * never below the threshold rounded (so no published figure looks small). Zero stays zero.
     */
    public long perturb(long count, long cellKey) {
        if (count == 0) {
            return 0;
        }
        return Math.max(round(suppressBelow), round(Math.max(1, count + CellKey.noise(cellKey, count))));
    }

    /**
     * Every true count that can be published as {@code published}: what an analyst who knows this rule and the
     * perturbation table's width, but no cell key, learns from one published figure (0 is exact).
     */
    public Range trueRange(long published) {
        if (published == 0) {
            return new Range(0, 0);
        }
        return new Range(
                Math.max(suppressBelow, published - roundTo / 2 - CellKey.MAX_NOISE),
                published + (roundTo - 1) / 2 + CellKey.MAX_NOISE);
    }

    /** Counts from {@code low} to {@code high}, both included. */
    public record Range(long low, long high) {}

    /** The published form of a lone count: suppressed when small, else rounded. */
    public Cell publish(long count) {
        return isSmall(count) ? Cell.SUPPRESSED : Cell.of(round(count));
    }
}
