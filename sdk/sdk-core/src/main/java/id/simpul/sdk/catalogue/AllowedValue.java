package id.simpul.sdk.catalogue;

import java.util.Objects;

/**
 * One choice of a list attribute: the code stored in the request and the label shown to people.
 *
 * @param code  the stored value, e.g. {@code HILANG}
 * @param label what a person reads, e.g. {@code Hilang} / {@code Lost}
 */
public record AllowedValue(String code, LocalizedText label) {

    public AllowedValue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (code.isBlank() || !code.equals(code.strip()) || code.length() > 100) {
            throw new InvalidCatalogueException("allowed-value.code", code);
        }
    }

    public static AllowedValue of(String code, String labelId, String labelEn) {
        return new AllowedValue(code, LocalizedText.of(labelId, labelEn));
    }
}
