package id.simpul.federation.message;

import id.simpul.federation.FederationDataException;
import id.simpul.federation.directory.AgreementCoverage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Data minimisation (pembatasan data, UU PDP 27/2022 Ps. 16): of a request's form data, only the
 * fields the covering agreement lets travel leave the node. The names withheld are reported so the
 * filing counter can tell the applicant what the competent office will ask again.
 */
public final class DataMinimiser {

    private DataMinimiser() {
    }

    /**
     * @param fields the form data, keyed by attribute code
     * @param withheld names of the fields left at home
     */
    public record Minimised(Map<String, Object> fields, Set<String> withheld) {
        public Minimised {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            withheld = Collections.unmodifiableSet(new TreeSet<>(withheld));
        }
    }

    /**
     * Keeps the allowed fields of a covered request.
     *
     * @throws FederationDataException when the coverage is not {@code COVERED}: nothing may travel
     */
    public static Minimised minimise(Map<String, ?> form, AgreementCoverage coverage) {
        if (!coverage.covered()) {
            throw new FederationDataException("minimise.uncovered", coverage.verdict());
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        Set<String> withheld = new TreeSet<>();
        form.forEach((name, value) -> {
            if (coverage.allowedFields().contains(name)) {
                kept.put(name, value);
            } else {
                withheld.add(name);
            }
        });
        return new Minimised(kept, withheld);
    }
}
