package id.simpul.sdk.authority.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Did you mean" candidates: the known names closest to an unknown one by edit distance. */
public final class Suggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private Suggestions() {
    }

    /**
     * The candidates closest to {@code unknown} (ignoring case) by edit distance, if that distance is
     * small for the name's length; at most three, in the candidates' order.
     */
    public static List<String> closest(String unknown, Iterable<String> candidates) {
        String u = unknown.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, u.length() / 3);
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (Math.abs(lc.length() - u.length()) > limit) {
                continue;
            }
            int d = distance(u, lc, limit);
            if (d <= limit) {
                scored.add(new Scored(c, d));
            }
        }
        int best = scored.stream().mapToInt(Scored::distance).min().orElse(0);
        return scored.stream().filter(x -> x.distance() == best).limit(MAX_SUGGESTIONS).map(Scored::text).toList();
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transposition), giving up above {@code limit}. */
    static int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] prevPrev = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prevPrev[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prevPrev;
            prevPrev = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private record Scored(String text, int distance) {
    }
}
