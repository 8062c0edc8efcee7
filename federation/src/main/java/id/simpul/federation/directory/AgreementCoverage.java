package id.simpul.federation.directory;

import java.util.Optional;
import java.util.Set;

/**
 * The answer to "may a counter of the filing regency accept this service for a resident of the
 * subject regency on this day?", with the agreement it rests on and the fields allowed to travel.
 *
 * @param verdict       covered, or which link is missing
 * @param agreement     the agreement that covers it, or the closest one that does not; may be null
 * @param allowedFields form fields that may travel when covered; empty otherwise
 */
public record AgreementCoverage(Verdict verdict, DirectoryAgreement agreement, Set<String> allowedFields) {

    /** Covered, or why not. */
    public enum Verdict { COVERED, NO_AGREEMENT, NOT_YET_IN_FORCE, EXPIRED, TERMINATED, SERVICE_OUT_OF_SCOPE }

    public AgreementCoverage {
        allowedFields = Set.copyOf(allowedFields);
    }

    public boolean covered() {
        return verdict == Verdict.COVERED;
    }

    public Optional<DirectoryAgreement> agreementIfAny() {
        return Optional.ofNullable(agreement);
    }
}
