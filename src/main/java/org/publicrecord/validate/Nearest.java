package org.publicrecord.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known name an editor most likely meant when they wrote one that is not known. */
public final class Nearest {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Nearest() {
    }

    /**
     * The candidate closest to {@code written} by edit distance, ignoring case, when it is close
     * enough to be a slip of the keyboard rather than a different word: at most two edits, or a
     * third of the word for long ones. Ties go to the earlier candidate.
     */
    public static Optional<String> to(String written, Collection<String> candidates) {
        String lower = written.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, lower.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean close = best != null && bestDistance <= allowed && bestDistance < Math.max(lower.length(), best.length());
        return close ? Optional.of(best) : Optional.empty();
    }

    /** {@code "did you mean 'x'?"}, or {@code otherwise} when nothing is close. */
    public static String suggestion(String written, Collection<String> candidates, String otherwise) {
        return to(written, candidates).map(name -> "did you mean '" + name + "'?").orElse(otherwise);
    }
}
