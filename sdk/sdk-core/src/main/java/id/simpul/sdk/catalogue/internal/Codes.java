package id.simpul.sdk.catalogue.internal;

import java.util.regex.Pattern;

/** The shape shared by form attribute codes and document codes. */
public final class Codes {

    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private Codes() {
    }

    /** Lower-case letters, digits and underscores, starting with a letter, at most 40 characters. */
    public static boolean isFieldCode(String code) {
        return code != null && FIELD.matcher(code).matches();
    }

    /** The text cut to a length that is safe to repeat in an error message. */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
    }
}
