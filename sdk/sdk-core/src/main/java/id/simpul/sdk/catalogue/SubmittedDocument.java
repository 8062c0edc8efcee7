package id.simpul.sdk.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document handed in with a request: which required document it is, when it was issued, and
 * optionally its number (e.g. the SKTLK's letter number, kept out of {@link #toString()}).
 */
public final class SubmittedDocument {

    private final String code;
    private final LocalDate issuedOn;
    private final String reference;

    private SubmittedDocument(String code, LocalDate issuedOn, String reference) {
        this.code = Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new InvalidCatalogueException("submitted-document.code.blank");
        }
        this.issuedOn = issuedOn;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
    }

    /** A document whose issue date is not known or not needed. */
    public static SubmittedDocument of(String code) {
        return new SubmittedDocument(code, null, null);
    }

    public static SubmittedDocument of(String code, LocalDate issuedOn) {
        return new SubmittedDocument(code, Objects.requireNonNull(issuedOn, "issuedOn"), null);
    }

    /** The same document with its number, e.g. {@code SKTLK/123/IV/2026/SPKT}. */
    public SubmittedDocument withReference(String reference) {
        return new SubmittedDocument(code, issuedOn, reference);
    }

    public String code() {
        return code;
    }

    public Optional<LocalDate> issuedOn() {
        return Optional.ofNullable(issuedOn);
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubmittedDocument d && code.equals(d.code) && Objects.equals(issuedOn, d.issuedOn)
                && Objects.equals(reference, d.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, issuedOn, reference);
    }

    @Override
    public String toString() {
        return "SubmittedDocument[" + code + (issuedOn == null ? "" : ", issued " + issuedOn) + "]";
    }
}
