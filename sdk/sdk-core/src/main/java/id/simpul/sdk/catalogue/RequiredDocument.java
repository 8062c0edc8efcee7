package id.simpul.sdk.catalogue;

import id.simpul.sdk.catalogue.internal.Codes;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A document the citizen must (or may) bring (persyaratan dokumen), possibly with a limited
 * validity: a police lost-item report letter (SKTLK) is accepted for 14 days after issue.
 *
 * <p>Validity counts calendar days from the issue date, and the last day is included: a letter
 * issued on 1 April and valid 14 days supports a request filed up to and including 15 April, in
 * the way an SKCK issued on 10 January and valid 6 months reads "berlaku sampai 10 Juli".
 */
public final class RequiredDocument {

    private final String code;
    private final LocalizedText name;
    private final boolean mandatory;
    private final Period validity;

    private RequiredDocument(Builder b) {
        if (!Codes.isFieldCode(b.code)) {
            throw new InvalidCatalogueException("document.code", Codes.excerpt(b.code));
        }
        this.code = b.code;
        this.name = Objects.requireNonNull(b.name, "name");
        this.mandatory = b.mandatory;
        if (b.validity != null && (b.validity.isNegative() || b.validity.isZero())) {
            throw new InvalidCatalogueException("document.validity", code, b.validity.toString());
        }
        this.validity = b.validity;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The document's code, e.g. {@code sktlk}: lower case, digits, underscores. */
    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    /** Whether a request cannot be accepted without it. */
    public boolean isMandatory() {
        return mandatory;
    }

    /** How long after issue the document is accepted; empty when it does not expire. */
    public Optional<Period> validity() {
        return Optional.ofNullable(validity);
    }

    /** The last day a document issued on {@code issuedOn} is accepted; empty when it does not expire. */
    public Optional<LocalDate> expiresOn(LocalDate issuedOn) {
        Objects.requireNonNull(issuedOn, "issuedOn");
        return validity().map(issuedOn::plus);
    }

    /** Whether a document issued on {@code issuedOn} supports a request filed on {@code filingDate}. */
    public DocumentValidity validityOn(LocalDate issuedOn, LocalDate filingDate) {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(filingDate, "filingDate");
        if (issuedOn.isAfter(filingDate)) {
            return DocumentValidity.ISSUED_AFTER_FILING;
        }
        return expiresOn(issuedOn).filter(filingDate::isAfter).isPresent()
                ? DocumentValidity.EXPIRED : DocumentValidity.VALID;
    }

    public Builder toBuilder() {
        return new Builder().code(code).name(name).mandatory(mandatory).validity(validity);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequiredDocument d && code.equals(d.code) && name.equals(d.name)
                && mandatory == d.mandatory && Objects.equals(validity, d.validity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, mandatory, validity);
    }

    @Override
    public String toString() {
        return "RequiredDocument[" + code + (mandatory ? ", mandatory" : "")
                + (validity == null ? "" : ", valid " + validity) + "]";
    }

    /** Builder for {@link RequiredDocument}; documents are mandatory unless said otherwise. */
    public static final class Builder {
        private String code;
        private LocalizedText name;
        private boolean mandatory = true;
        private Period validity;

        private Builder() {
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(LocalizedText name) {
            this.name = name;
            return this;
        }

        public Builder name(String nameId, String nameEn) {
            return name(LocalizedText.of(nameId, nameEn));
        }

        public Builder mandatory(boolean mandatory) {
            this.mandatory = mandatory;
            return this;
        }

        public Builder validity(Period validity) {
            this.validity = validity;
            return this;
        }

        public RequiredDocument build() {
            return new RequiredDocument(this);
        }
    }
}
