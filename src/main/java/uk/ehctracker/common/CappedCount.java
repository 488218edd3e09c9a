package uk.ehctracker.common;

import java.util.List;

/**
 * How many rows a list holds, counted only up to a cap: a list's count reads at most cap + 1 rows
 * from an index, whatever the caseload, and past the cap says "more than" (issue 19).
 *
 * @param value the number counted, at most {@code cap}
 * @param more true if there are more than {@code value}
 */
public record CappedCount(long value, boolean more) {

    /** The cap of the lists' counts on screen. */
    public static final int LISTS = 1000;

    /** The count of {@code idsUpToCapPlusOne}, read with a limit of {@code cap + 1}. */
    public static CappedCount of(List<?> idsUpToCapPlusOne, int cap) {
        int n = idsUpToCapPlusOne.size();
        return n > cap ? new CappedCount(cap, true) : new CappedCount(n, false);
    }

    /** "1 review", "25 reviews", "more than 1,000 reviews". */
    public String words(String one, String many) {
        if (more) {
            return String.format("more than %,d %s", value, many);
        }
        return String.format("%,d %s", value, value == 1 ? one : many);
    }
}
