package id.simpul.sdk.region.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The folded form of a name that search compares: lower case, accents removed, every run of
 * characters that are not letters or digits folded to one space, no space at either end. So
 * {@code "KUBU  RAYA"}, {@code "Kubu-Raya"} and {@code "kubu rayá"} all read {@code "kubu raya"}.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        append(text, 0, text.length(), out);
        return out.toString();
    }

    /** Appends the folded form of {@code text[start, end)}. */
    static void append(CharSequence text, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                appendUnicode(text.subSequence(start, end).toString(), out);
                return;
            }
        }
        int mark = out.length();
        for (int i = start; i < end; i++) {
            appendAscii(text.charAt(i), out, mark);
        }
        trimTrailingSpace(out, mark);
    }

    /**
     * Appends the folded form of the UTF-8 bytes {@code utf8[start, end)}. Pure ASCII, nearly every
     * region name, takes a fast path that gives the same result as the Unicode path.
     */
    static void appendUtf8(byte[] utf8, int start, int end, StringBuilder out) {
        for (int i = start; i < end; i++) {
            if (utf8[i] < 0) {
                appendUnicode(new String(utf8, start, end - start, StandardCharsets.UTF_8), out);
                return;
            }
        }
        int mark = out.length();
        for (int i = start; i < end; i++) {
            appendAscii((char) utf8[i], out, mark);
        }
        trimTrailingSpace(out, mark);
    }

    private static void appendAscii(char c, StringBuilder out, int mark) {
        if (c >= 'A' && c <= 'Z') {
            out.append((char) (c + ('a' - 'A')));
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.append(c);
        } else if (out.length() > mark && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    static void appendUnicode(String text, StringBuilder out) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        int mark = out.length();
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        trimTrailingSpace(out, mark);
        String folded = out.substring(mark).toLowerCase(Locale.ROOT);
        out.setLength(mark);
        out.append(folded);
    }

    private static void trimTrailingSpace(StringBuilder out, int mark) {
        int len = out.length();
        if (len > mark && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
    }
}
