package id.simpul.sdk.catalogue;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text a citizen or officer reads, in Bahasa Indonesia and English. Catalogue data is
 * written by each region in its own configuration, so it cannot live in the SDK's resource bundles.
 *
 * @param id the Indonesian text (required)
 * @param en the English text; the Indonesian text is used when none is given
 */
public record LocalizedText(String id, String en) {

    public LocalizedText {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidCatalogueException("text.blank");
        }
        id = id.strip();
        en = en == null || en.isBlank() ? id : en.strip();
    }

    public static LocalizedText of(String id, String en) {
        return new LocalizedText(id, en);
    }

    /** A text with only an Indonesian version. */
    public static LocalizedText of(String id) {
        return new LocalizedText(id, null);
    }

    /** English for an English locale, Indonesian for any other. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : id;
    }

    @Override
    public String toString() {
        return id;
    }
}
