package id.simpul.sdk.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The services a region offers (katalog layanan), each with every version of its standard.
 * Immutable and thread-safe.
 *
 * <p>The version in force on a date is the highest version whose effective date is on or before
 * it, unless that version was withdrawn ({@code effectiveUntil}) before the date. For that rule to
 * be unambiguous, a higher version must take effect strictly later than a lower one.
 */
public final class ServiceCatalogue {

    private static final ServiceCatalogue EMPTY = new ServiceCatalogue(new TreeMap<>());

    private final Map<ServiceCode, List<ServiceStandard>> versionsByCode;

    private ServiceCatalogue(TreeMap<ServiceCode, List<ServiceStandard>> versionsByCode) {
        this.versionsByCode = versionsByCode;
    }

    public static ServiceCatalogue empty() {
        return EMPTY;
    }

    /**
     * A catalogue of the given standards.
     *
     * @throws InvalidCatalogueException when a (code, version) pair repeats or versions of one
     *                                   service do not take effect in version order
     */
    public static ServiceCatalogue of(Collection<ServiceStandard> standards) {
        TreeMap<ServiceCode, List<ServiceStandard>> byCode = new TreeMap<>();
        for (ServiceStandard s : standards) {
            byCode.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s);
        }
        byCode.replaceAll((code, list) -> checkedVersions(list));
        return new ServiceCatalogue(byCode);
    }

    private static List<ServiceStandard> checkedVersions(List<ServiceStandard> list) {
        list.sort(Comparator.comparingInt(ServiceStandard::version));
        for (int i = 1; i < list.size(); i++) {
            ServiceStandard prev = list.get(i - 1);
            ServiceStandard next = list.get(i);
            if (prev.version() == next.version()) {
                throw new InvalidCatalogueException("catalogue.version.duplicate", next.code().value(), next.version());
            }
            if (!next.effectiveFrom().isAfter(prev.effectiveFrom())) {
                throw new InvalidCatalogueException("catalogue.version.order", next.code().value(),
                        next.version(), prev.version());
            }
        }
        return List.copyOf(list);
    }

    /** A catalogue with one more standard. */
    public ServiceCatalogue with(ServiceStandard standard) {
        List<ServiceStandard> all = new ArrayList<>(standards());
        all.add(standard);
        return of(all);
    }

    /** The service types offered, by code; names and categories from each type's latest version. */
    public List<ServiceType> serviceTypes() {
        return versionsByCode.values().stream().map(v -> v.get(v.size() - 1).serviceType()).toList();
    }

    public boolean contains(ServiceCode code) {
        return versionsByCode.containsKey(code);
    }

    /** Every version of a service's standard, oldest first; empty for an unknown code. */
    public List<ServiceStandard> versions(ServiceCode code) {
        return versionsByCode.getOrDefault(code, List.of());
    }

    public Optional<ServiceStandard> find(ServiceCode code, int version) {
        return versions(code).stream().filter(s -> s.version() == version).findFirst();
    }

    /** The version in force on the date, if any. */
    public Optional<ServiceStandard> inForce(ServiceCode code, LocalDate date) {
        Objects.requireNonNull(date, "date");
        List<ServiceStandard> versions = versions(code);
        for (int i = versions.size() - 1; i >= 0; i--) {
            ServiceStandard s = versions.get(i);
            if (!s.effectiveFrom().isAfter(date)) {
                return s.coversDate(date) ? Optional.of(s) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The version in force on the date.
     *
     * @throws UnknownServiceException when the code is unknown or no version is in force then
     */
    public ServiceStandard requireInForce(ServiceCode code, LocalDate date) {
        if (!contains(code)) {
            throw new UnknownServiceException("catalogue.service.unknown", "catalogue.service.unknown", code.value());
        }
        return inForce(code, date).orElseThrow(() -> new UnknownServiceException("catalogue.service.not-in-force",
                "catalogue.service.not-in-force", code.value(), date.toString()));
    }

    /**
     * A given version.
     *
     * @throws UnknownServiceException when there is no such version
     */
    public ServiceStandard require(ServiceCode code, int version) {
        return find(code, version).orElseThrow(() -> new UnknownServiceException("catalogue.service.unknown-version",
                "catalogue.service.unknown-version", code.value(), version));
    }

    /** All standards, by code then version. */
    public List<ServiceStandard> standards() {
        return versionsByCode.values().stream().flatMap(List::stream).toList();
    }

    /** Number of service types. */
    public int size() {
        return versionsByCode.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceCatalogue c && versionsByCode.equals(c.versionsByCode);
    }

    @Override
    public int hashCode() {
        return versionsByCode.hashCode();
    }

    @Override
    public String toString() {
        return "ServiceCatalogue" + versionsByCode.keySet();
    }
}
