package clinic.site.validation;

import java.util.Collection;

/** The known word an editor most likely meant, for "did you mean" hints: by edit distance (Levenshtein). */
public final class Closest {

    private Closest() {
    }

    /** The closest of `known` to `typed`, or null when none is close enough to be a typo of it. */
    static String to(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(typed.toLowerCase(), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        // Two edits catch a swapped or doubled letter in a short word; longer words may stray a little more.
        int allowed = Math.max(2, typed.length() / 4);
        return bestDistance <= allowed && bestDistance < typed.length() ? best : null;
    }

    /** ": did you mean 'x'?" for a typo of a known word, else "". */
    public static String hint(String typed, Collection<String> known) {
        String guess = to(typed, known);
        return guess == null ? "" : ": did you mean '" + guess + "'?";
    }

    /** Levenshtein distance: the fewest insertions, deletions or substitutions that turn a into b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
