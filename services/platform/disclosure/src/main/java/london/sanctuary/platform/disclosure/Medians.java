package london.sanctuary.platform.disclosure;

import java.util.Map;
import java.util.TreeMap;

/** Medians from histograms (value → how many times it occurred), so no list of values is kept. */
public final class Medians {

    private Medians() {}

    public static long count(Map<Integer, Long> histogram) {
        return histogram.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median; for an even count, the mean of the two middle values. */
    public static double median(Map<Integer, Long> histogram) {
        long count = count(histogram);
        if (count == 0) {
            throw new IllegalArgumentException("no values");
        }
        TreeMap<Integer, Long> sorted = new TreeMap<>(histogram);
        long lower = (count - 1) / 2;
        long upper = count / 2;
        return (valueAtRank(sorted, lower) + valueAtRank(sorted, upper)) / 2.0;
    }

    private static int valueAtRank(TreeMap<Integer, Long> sorted, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : sorted.entrySet()) {
            seen += bucket.getValue();
            if (rank < seen) {
                return bucket.getKey();
            }
        }
        throw new IllegalStateException("rank beyond count");
    }
}
