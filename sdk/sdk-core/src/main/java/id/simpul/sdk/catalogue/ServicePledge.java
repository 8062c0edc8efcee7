package id.simpul.sdk.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The maklumat pelayanan (UU 25/2009 Pasal 22): the office's signed, public promise to deliver
 * the service as its standard says. Usually one per office, displayed at every counter.
 *
 * @param text      the promise as published
 * @param signatory the office holder who signed it, by title, e.g. {@code Kepala Dinas Kependudukan dan Pencatatan Sipil}
 * @param signedOn  the date of signature
 */
public record ServicePledge(LocalizedText text, String signatory, LocalDate signedOn) {

    public ServicePledge {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(signedOn, "signedOn");
        if (signatory.isBlank()) {
            throw new InvalidCatalogueException("pledge.signatory.blank");
        }
        signatory = signatory.strip();
    }
}
