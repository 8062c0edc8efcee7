package id.simpul.sdk.agency;

import id.simpul.sdk.region.RegionCode;
import java.util.Objects;
import java.util.Optional;

/**
 * An office that serves citizens or decides on their requests (instansi / perangkat daerah):
 * a regency department, a kecamatan, a village office, a vertical agency such as a Polres, or a
 * public-service mall. Immutable; build with {@link #builder()}.
 */
public final class Agency {

    private final AgencyId id;
    private final String name;
    private final String nameEn;
    private final AgencyKind kind;
    private final RegionCode homeRegion;
    private final AgencyId parent;
    private final boolean servicePoint;

    private Agency(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.name = requireText(b.name, "name");
        this.nameEn = b.nameEn == null || b.nameEn.isBlank() ? null : b.nameEn;
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.homeRegion = Objects.requireNonNull(b.homeRegion, "homeRegion");
        this.parent = b.parent;
        this.servicePoint = b.servicePoint;
        if (id.equals(parent)) {
            throw new InvalidAgencyException("agency.parent.self", id.value());
        }
    }

    private static String requireText(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new InvalidAgencyException("agency.field.blank", field);
        }
        return s.strip();
    }

    public static Builder builder() {
        return new Builder();
    }

    public AgencyId id() {
        return id;
    }

    /** Official name in Bahasa Indonesia, e.g. {@code Dinas Kependudukan dan Pencatatan Sipil}. */
    public String name() {
        return name;
    }

    /** English name when given, else the Indonesian one. */
    public String nameEn() {
        return nameEn == null ? name : nameEn;
    }

    public AgencyKind kind() {
        return kind;
    }

    /** The region the office belongs to (its regency for an OPD, its kecamatan for a Camat). */
    public RegionCode homeRegion() {
        return homeRegion;
    }

    /** The office this one reports to, if any (e.g. a Polsek's Polres). */
    public Optional<AgencyId> parent() {
        return Optional.ofNullable(parent);
    }

    /** Whether citizens can file requests at this office's counter (loket). */
    public boolean isServicePoint() {
        return servicePoint;
    }

    public Builder toBuilder() {
        return new Builder().id(id).name(name).nameEn(nameEn).kind(kind).homeRegion(homeRegion).parent(parent)
                .servicePoint(servicePoint);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agency a && id.equals(a.id) && name.equals(a.name) && Objects.equals(nameEn, a.nameEn)
                && kind == a.kind && homeRegion.equals(a.homeRegion) && Objects.equals(parent, a.parent)
                && servicePoint == a.servicePoint;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, nameEn, kind, homeRegion, parent, servicePoint);
    }

    @Override
    public String toString() {
        return "Agency[" + id + ", " + kind.configName() + ", " + name + "]";
    }

    /** Builder for {@link Agency}; {@link #build()} validates. */
    public static final class Builder {
        private AgencyId id;
        private String name;
        private String nameEn;
        private AgencyKind kind;
        private RegionCode homeRegion;
        private AgencyId parent;
        private boolean servicePoint;

        private Builder() {
        }

        public Builder id(AgencyId id) {
            this.id = id;
            return this;
        }

        public Builder id(String id) {
            return id(AgencyId.of(id));
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder nameEn(String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        public Builder kind(AgencyKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder homeRegion(RegionCode homeRegion) {
            this.homeRegion = homeRegion;
            return this;
        }

        public Builder homeRegion(String homeRegion) {
            return homeRegion(RegionCode.parse(homeRegion));
        }

        public Builder parent(AgencyId parent) {
            this.parent = parent;
            return this;
        }

        public Builder servicePoint(boolean servicePoint) {
            this.servicePoint = servicePoint;
            return this;
        }

        public Agency build() {
            return new Agency(this);
        }
    }
}
