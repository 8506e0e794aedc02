package org.liaison.stats;

/** The summed counters, buckets and live counts of one group, turned into {@link Figures}; the rates are made here. */
final class FigureSums {

    private final long[] counts = new long[Measure.values().length];
    private final long[][] buckets = new long[3][StatsHistogram.BUCKETS];
    private Long openNow;
    private Long overdueNow;

    void addCounts(Object[] row, int offset) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += ((Number) row[offset + i]).longValue();
        }
    }

    /** Adds another group's counters and buckets (not its live figures). */
    void addRollups(FigureSums other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        for (int m = 0; m < buckets.length; m++) {
            for (int b = 0; b < buckets[m].length; b++) {
                buckets[m][b] += other.buckets[m][b];
            }
        }
    }

    void addBucket(int measure, int bucket, long cases) {
        buckets[measure][bucket] += cases;
    }

    /** Adds a closed month's bucket array, one column per element from {@code offset} ({@link StatsHistogram#slot}). */
    void addSlots(Object[] row, int offset) {
        for (int i = 0; i < StatsHistogram.SLOTS; i++) {
            addBucket(StatsHistogram.TIME_TO_ACCEPT + i / StatsHistogram.BUCKETS, i % StatsHistogram.BUCKETS,
                    ((Number) row[offset + i]).longValue());
        }
    }

    void live(long open, long overdue) {
        openNow = (openNow == null ? 0 : openNow) + open;
        overdueNow = (overdueNow == null ? 0 : overdueNow) + overdue;
    }

    /** Live figures are zero, not unknown, for a group without open cases. */
    void liveKnown() {
        if (openNow == null) {
            live(0, 0);
        }
    }

    long get(Measure measure) {
        return counts[measure.ordinal()];
    }

    Figures figures() {
        long satisfied = get(Measure.SATISFIED);
        long basically = get(Measure.BASICALLY_SATISFIED);
        long unsatisfied = get(Measure.UNSATISFIED);
        long rated = satisfied + basically + unsatisfied;
        return new Figures(get(Measure.RECEIVED), get(Measure.ACCEPTED), get(Measure.RESPONDED), get(Measure.CLOSED),
                get(Measure.REJECTED), get(Measure.WITHDRAWN), get(Measure.REFERRED), get(Measure.REOPENED),
                get(Measure.SUPERVISED), get(Measure.URGED), get(Measure.WENT_OVERDUE), openNow, overdueNow,
                durations(StatsHistogram.TIME_TO_ACCEPT, Measure.ACCEPTED, Measure.ACCEPT_SECONDS),
                durations(StatsHistogram.TIME_TO_RESPONSE, Measure.RESPONDED, Measure.RESPONSE_SECONDS),
                new Figures.OnTime(get(Measure.ACCEPT_ON_TIME), get(Measure.ACCEPT_DECIDED),
                        ratio(get(Measure.ACCEPT_ON_TIME), get(Measure.ACCEPT_DECIDED))),
                new Figures.OnTime(get(Measure.RESOLVE_ON_TIME), get(Measure.RESOLVE_DECIDED),
                        ratio(get(Measure.RESOLVE_ON_TIME), get(Measure.RESOLVE_DECIDED))),
                new Figures.Ratings(satisfied, basically, unsatisfied, get(Measure.UNRATED), rated,
                        ratio(satisfied + basically, rated)));
    }

    private Figures.Durations durations(int measure, Measure cases, Measure seconds) {
        long n = get(cases);
        Double mean = n == 0 ? null : Math.round(get(seconds) / 36.0 / n) / 100.0;
        return new Figures.Durations(n, StatsHistogram.percentile(buckets[measure], 0.5),
                StatsHistogram.percentile(buckets[measure], 0.9), mean);
    }

    /** A rate rounded to four decimals; null when nothing was counted. */
    static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : Math.round(numerator * 10000.0 / denominator) / 10000.0;
    }
}
