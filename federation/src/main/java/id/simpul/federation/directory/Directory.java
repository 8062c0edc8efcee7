package id.simpul.federation.directory;

import id.simpul.federation.FederationDataException;
import id.simpul.federation.internal.JsonFields;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The federation's global configuration, after X-Road's: every node (regency portal) with its
 * address and public key, and the cooperation agreements between them. It is published signed by a
 * directory authority ({@link DirectorySigner}) and trusted by nodes only after
 * {@link DirectoryVerifier} checked signature and validity period.
 *
 * <p>Immutable; {@link #builder()} checks that node codes and agreement ids are unique and that
 * every agreement party is a node. The {@code sequence} grows with every issue so a node never
 * goes back to an older document.
 */
public final class Directory {

    /** The version of the document shape this code reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private final long sequence;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Map<RegionCode, DirectoryNode> nodes;
    private final List<DirectoryAgreement> agreements;

    private Directory(Builder b) {
        if (b.sequence < 1) {
            throw new FederationDataException("directory.sequence");
        }
        this.sequence = b.sequence;
        this.issuedAt = Objects.requireNonNull(b.issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(b.expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new FederationDataException("directory.period");
        }
        Map<RegionCode, DirectoryNode> byCode = new LinkedHashMap<>();
        for (DirectoryNode n : b.nodes.stream().sorted(Comparator.comparing(DirectoryNode::code)).toList()) {
            if (byCode.put(n.code(), n) != null) {
                throw new FederationDataException("directory.node.duplicate", n.code().value());
            }
        }
        Set<String> ids = new HashSet<>();
        for (DirectoryAgreement a : b.agreements) {
            if (!ids.add(a.id())) {
                throw new FederationDataException("directory.agreement.duplicate", a.id());
            }
            for (DirectoryParty p : a.parties()) {
                if (!byCode.containsKey(p.region())) {
                    throw new FederationDataException("directory.agreement.party", a.id(), p.region().value());
                }
            }
        }
        this.nodes = java.util.Collections.unmodifiableMap(byCode);
        this.agreements = b.agreements.stream().sorted(Comparator.comparing(DirectoryAgreement::id)).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public long sequence() {
        return sequence;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public List<DirectoryNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public Optional<DirectoryNode> node(RegionCode code) {
        return Optional.ofNullable(nodes.get(code));
    }

    public List<DirectoryAgreement> agreements() {
        return agreements;
    }

    /**
     * Whether a counter of {@code filingRegency} may accept {@code service} for a resident of
     * {@code subjectRegency} on {@code day}; when not, names the missing link: no agreement binds
     * the two, the agreement is not yet in force, has expired or was terminated, or its scope does
     * not include the service.
     */
    public AgreementCoverage coverage(RegionCode filingRegency, RegionCode subjectRegency, ServiceCode service,
            LocalDate day) {
        List<DirectoryAgreement> binding = agreements.stream()
                .filter(a -> a.binds(filingRegency, subjectRegency) && !filingRegency.equals(subjectRegency))
                .toList();
        if (binding.isEmpty()) {
            return new AgreementCoverage(AgreementCoverage.Verdict.NO_AGREEMENT, null, Set.of());
        }
        Function<DirectoryAgreement, DirectoryParty> filer = a -> a.party(filingRegency).orElseThrow();
        List<DirectoryAgreement> inForce = binding.stream()
                .filter(a -> a.standingOn(day) == DirectoryAgreement.Standing.IN_FORCE).toList();
        for (DirectoryAgreement a : inForce) {
            if (filer.apply(a).accepts().contains(service)) {
                return new AgreementCoverage(AgreementCoverage.Verdict.COVERED, a, filer.apply(a).sharedFields());
            }
        }
        if (!inForce.isEmpty()) {
            return new AgreementCoverage(AgreementCoverage.Verdict.SERVICE_OUT_OF_SCOPE, inForce.get(0), Set.of());
        }
        DirectoryAgreement closest = binding.stream().filter(a -> filer.apply(a).accepts().contains(service))
                .findFirst().orElse(binding.get(0));
        AgreementCoverage.Verdict verdict = switch (closest.standingOn(day)) {
            case NOT_YET_IN_FORCE -> AgreementCoverage.Verdict.NOT_YET_IN_FORCE;
            case TERMINATED -> AgreementCoverage.Verdict.TERMINATED;
            default -> AgreementCoverage.Verdict.EXPIRED;
        };
        return new AgreementCoverage(verdict, closest, Set.of());
    }

    /** The document as a JSON object, in the shape of {@code federation-directory.schema.json}. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", SCHEMA_VERSION);
        m.put("sequence", sequence);
        m.put("issuedAt", issuedAt.toString());
        m.put("expiresAt", expiresAt.toString());
        m.put("nodes", nodes.values().stream().map(DirectoryNode::toJson).toList());
        m.put("agreements", agreements.stream().map(DirectoryAgreement::toJson).toList());
        return m;
    }

    /** Reads the document from its JSON object. */
    public static Directory fromJson(Map<String, Object> json) {
        JsonFields j = JsonFields.of(json, "");
        j.onlyMembers(Set.of("schemaVersion", "sequence", "issuedAt", "expiresAt", "nodes", "agreements"));
        long version = j.integer("schemaVersion");
        if (version != SCHEMA_VERSION) {
            throw new FederationDataException("directory.version", version, SCHEMA_VERSION);
        }
        Builder b = builder().sequence(j.integer("sequence")).issuedAt(j.instant("issuedAt"))
                .expiresAt(j.instant("expiresAt"));
        j.objects("nodes").forEach(n -> b.node(DirectoryNode.fromJson(n)));
        j.objects("agreements").forEach(a -> b.agreement(DirectoryAgreement.fromJson(a)));
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Directory d && sequence == d.sequence && issuedAt.equals(d.issuedAt)
                && expiresAt.equals(d.expiresAt) && nodes.equals(d.nodes) && agreements.equals(d.agreements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, issuedAt, expiresAt, nodes, agreements);
    }

    @Override
    public String toString() {
        return "Directory[sequence=" + sequence + ", nodes=" + nodes.keySet().stream().map(RegionCode::value)
                .collect(Collectors.joining(",")) + ", agreements=" + agreements.size() + ", expiresAt=" + expiresAt + "]";
    }

    /** Builder for {@link Directory}; {@link #build()} checks the whole document. */
    public static final class Builder {
        private long sequence;
        private Instant issuedAt;
        private Instant expiresAt;
        private final List<DirectoryNode> nodes = new ArrayList<>();
        private final List<DirectoryAgreement> agreements = new ArrayList<>();

        private Builder() {
        }

        public Builder sequence(long sequence) {
            this.sequence = sequence;
            return this;
        }

        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder node(DirectoryNode node) {
            nodes.add(Objects.requireNonNull(node, "node"));
            return this;
        }

        public Builder agreement(DirectoryAgreement agreement) {
            agreements.add(Objects.requireNonNull(agreement, "agreement"));
            return this;
        }

        public Directory build() {
            return new Directory(this);
        }
    }
}
