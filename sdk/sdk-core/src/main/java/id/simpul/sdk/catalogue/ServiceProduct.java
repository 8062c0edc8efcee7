package id.simpul.sdk.catalogue;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What the citizen receives at the end (produk pelayanan): a card, a certificate, a letter, a
 * licence, possibly valid for a limited time (an SKCK is valid 6 months).
 */
public final class ServiceProduct {

    private final LocalizedText name;
    private final Period validity;

    private ServiceProduct(LocalizedText name, Period validity) {
        this.name = Objects.requireNonNull(name, "name");
        if (validity != null && (validity.isNegative() || validity.isZero())) {
            throw new InvalidCatalogueException("product.validity", name.id(), validity.toString());
        }
        this.validity = validity;
    }

    public static ServiceProduct of(LocalizedText name) {
        return new ServiceProduct(name, null);
    }

    public static ServiceProduct of(LocalizedText name, Period validity) {
        return new ServiceProduct(name, Objects.requireNonNull(validity, "validity"));
    }

    public LocalizedText name() {
        return name;
    }

    /** How long the product is valid after issue; empty when it does not expire. */
    public Optional<Period> validity() {
        return Optional.ofNullable(validity);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceProduct p && name.equals(p.name) && Objects.equals(validity, p.validity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, validity);
    }

    @Override
    public String toString() {
        return "ServiceProduct[" + name.id() + (validity == null ? "" : ", " + validity) + "]";
    }
}
