package org.liaison.stats;

import java.util.Arrays;

/**
 * Fixed buckets of durations, the same for every row, so histograms merge by adding counts per bucket. Bucket i
 * holds durations in [EDGES[i-1], EDGES[i]) hours (bucket 0 starts at 0; the last is open-ended). A percentile is
 * the upper edge of the bucket that holds the rank-th smallest value (rank = ceil(q × n)): an upper bound at most
 * one bucket coarse, stated as such in the API.
 */
public final class StatsHistogram {

    /** Upper edges in hours: quarter hours first, then hours, then days up to 90. */
    static final double[] EDGES = {0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 20, 24, 30, 36, 48, 72, 96, 120, 144, 168,
            192, 240, 288, 336, 504, 720, 1080, 1440, 2160};

    /** Measures kept as histograms (the column {@code measure}). */
    public static final int TIME_TO_ACCEPT = 1;
    public static final int TIME_TO_RESPONSE = 2;

    public static final int BUCKETS = EDGES.length + 1;

    /** Elements of a closed month's bucket array (stats_monthly_venue.buckets): every bucket of both measures. */
    static final int SLOTS = 2 * BUCKETS;

    private StatsHistogram() {
    }

    /** The SQL of the 1-based array element that holds a measure's bucket (time to accept first, then response). */
    static String slot(String measure, String bucket) {
        return "((" + measure + ") - 1) * " + BUCKETS + " + (" + bucket + ") + 1";
    }

    /** The bucket of a duration in seconds; negative durations (clock skew) land in the first. */
    public static int bucketOf(long seconds) {
        double hours = seconds / 3600.0;
        for (int i = 0; i < EDGES.length; i++) {
            if (hours < EDGES[i]) {
                return i;
            }
        }
        return EDGES.length;
    }

    /**
     * The q-quantile (0 &lt; q ≤ 1) in hours, as the upper edge of its bucket; null for no values. The open last
     * bucket answers its lower edge (the figure is "at least").
     */
    public static Double percentile(long[] counts, double q) {
        long n = Arrays.stream(counts).sum();
        if (n == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return i < EDGES.length ? EDGES[i] : EDGES[EDGES.length - 1];
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
