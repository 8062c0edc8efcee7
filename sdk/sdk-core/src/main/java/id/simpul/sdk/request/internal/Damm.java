package id.simpul.sdk.request.internal;

/**
 * The Damm check digit (H. Michael Damm, 2004): detects every single-digit error and every
 * transposition of two adjacent digits, with one decimal digit and no special cases.
 */
public final class Damm {

    private static final int[][] TABLE = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    private Damm() {
    }

    /** The check digit of a string of decimal digits. */
    public static int checkDigit(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = TABLE[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    /** Whether digits that end with their check digit are consistent. */
    public static boolean isValid(CharSequence digitsWithCheck) {
        return checkDigit(digitsWithCheck) == 0;
    }
}
