package id.simpul.federation.message;

import id.simpul.federation.directory.AgreementCoverage;
import java.util.Objects;
import java.util.Optional;

/**
 * A message that passed every check, with the signed receipt to answer with.
 *
 * @param envelope  the verified content
 * @param receipt   the signed receipt; for a duplicate, the one given the first time
 * @param duplicate whether this message was already accepted before (do not apply it again)
 * @param coverage  the agreement coverage found; null for a duplicate (it was checked the first time)
 */
public record Verification(Envelope envelope, Receipt receipt, boolean duplicate, AgreementCoverage coverage) {

    public Verification {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(receipt, "receipt");
    }

    public Optional<AgreementCoverage> coverageIfChecked() {
        return Optional.ofNullable(coverage);
    }
}
