package id.simpul.adapters.dukcapil.simulator;

import java.util.Locale;

/** Similarity 0–100 of two names, as the verify-by-element service scores fuzzy fields. */
final class Similarity {

    private Similarity() {
    }

    static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** 100 × (1 − edit distance / length of the longer text), after normalising case and spaces. */
    static int score(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        int longest = Math.max(x.length(), y.length());
        if (longest == 0) {
            return 100;
        }
        return (int) Math.round(100.0 * (1 - (double) distance(x, y) / longest));
    }

    private static int distance(String x, String y) {
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
