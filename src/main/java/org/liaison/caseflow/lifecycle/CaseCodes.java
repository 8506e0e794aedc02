package org.liaison.caseflow.lifecycle;

import org.liaison.common.ReadableCode;

import java.util.Optional;

/**
 * Tracking codes: what a resident reads out or types to find a case again, e.g. 7K4M-9QXT-B. Eight random
 * characters and a check character ({@link ReadableCode}); a tracking code alone shows only the case status,
 * the case secret ({@link CaseSecrets}) is what lets a resident read and act on the case.
 */
public final class CaseCodes {

    /** Random characters in a tracking code; the stored form has one more, the check character. */
    public static final int RANDOM_LENGTH = 8;

    private CaseCodes() {
    }

    /** A new tracking code in canonical form (9 characters). Collisions are possible: store it under a unique index. */
    public static String newTrackingCode() {
        return ReadableCode.generate(RANDOM_LENGTH);
    }

    /**
     * The canonical tracking code for what a person typed (any case, spaces and dashes ignored, O read as 0 and
     * I/L as 1), or empty when it is malformed or its check character is wrong: answer that without a lookup.
     */
    public static Optional<String> normalizeTrackingCode(String typed) {
        return ReadableCode.normalize(typed, RANDOM_LENGTH);
    }

    /** The printed form, grouped in fours: 7K4M-9QXT-B. */
    public static String display(String trackingCode) {
        return ReadableCode.grouped(trackingCode);
    }
}
