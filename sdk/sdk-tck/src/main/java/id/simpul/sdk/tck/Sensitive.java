package id.simpul.sdk.tck;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Finds personal data or secrets in texts: messages of an exception chain, log lines. */
public final class Sensitive {

    private Sensitive() {
    }

    /** Every text an exception shows: messages in both languages and {@code toString} of each cause. */
    public static List<String> textsOf(Throwable failure) {
        List<String> texts = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t));
            texts.add(String.valueOf(t.getMessage()));
            if (t instanceof SimpulException s) {
                texts.add(s.getMessage(LocalizedMessage.INDONESIAN));
                texts.add(s.getMessage(Locale.ENGLISH));
            }
            for (Throwable suppressed : t.getSuppressed()) {
                texts.add(String.valueOf(suppressed));
            }
        }
        return texts;
    }

    /** The sensitive values that occur in any of the texts (case-insensitive); empty when clean. */
    public static List<String> found(Collection<String> texts, Collection<String> values) {
        List<String> hits = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.length() < 4) {
                continue;
            }
            String needle = value.toLowerCase(Locale.ROOT);
            for (String text : texts) {
                if (text != null && text.toLowerCase(Locale.ROOT).contains(needle)) {
                    hits.add(value + " in: " + abbreviate(text, needle));
                    break;
                }
            }
        }
        return hits;
    }

    private static String abbreviate(String text, String needle) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(needle);
        int from = Math.max(0, at - 60);
        return "…" + text.substring(from, Math.min(text.length(), at + needle.length() + 20)) + "…";
    }
}
