package id.simpul.sdk.authority;

import id.simpul.sdk.region.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cooperation agreement between regions (perjanjian kerja sama, PKS; kerja sama daerah dengan
 * daerah lain, PP 28/2018): the parties by region code, its kind (KSDD wajib or sukarela), its
 * number and signing date, its validity, an early termination if any, and each party's scope.
 *
 * <p>It lets a counter of one party accept a request that an office of another party is competent
 * for, e.g. a resident of Kapuas Hulu asking at the Mal Pelayanan Publik of Kubu Raya for a KTP-el
 * reprint that Disdukcapil Kapuas Hulu decides. Immutable; build with {@link #builder()}. Whether
 * the parties exist and the dates are ordered is checked by {@link AuthorityConfiguration}.
 */
public final class CooperationAgreement {

    private final String id;
    private final AgreementKind kind;
    private final LegalInstrument instrument;
    private final LocalDate signed;
    private final Validity validity;
    private final Revocation termination;
    private final List<AgreementParty> parties;

    private CooperationAgreement(Builder b) {
        this.id = Checks.id(b.id, "agreement");
        this.kind = Checks.required(b.kind, "agreement", id, "kind");
        this.instrument = Checks.required(b.instrument, "agreement", id, "number");
        this.signed = Checks.required(b.signed, "agreement", id, "signed");
        this.validity = Checks.required(b.validity, "agreement", id, "validity");
        this.termination = b.termination;
        if (b.parties.size() < 2) {
            throw new InvalidAuthorityException("agreement.parties.count", id);
        }
        this.parties = List.copyOf(b.parties);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String id() {
        return id;
    }

    public AgreementKind kind() {
        return kind;
    }

    /** The agreement's number as cited, e.g. {@code Nomor 180/12/PKS/2025 dan Nomor 119/7/KSDD/2025}. */
    public LegalInstrument instrument() {
        return instrument;
    }

    /** The day the parties signed it. */
    public LocalDate signed() {
        return signed;
    }

    public Validity validity() {
        return validity;
    }

    /** An early end by a later instrument (pengakhiran), if any. */
    public Optional<Revocation> termination() {
        return Optional.ofNullable(termination);
    }

    /** The parties, in the order written. */
    public List<AgreementParty> parties() {
        return parties;
    }

    /** The party for a region (the regency of the given code), if it is one. */
    public Optional<AgreementParty> party(RegionCode region) {
        for (AgreementParty p : parties) {
            if (region.isWithin(p.region())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether both regions (or regions inside them) are parties. */
    public boolean binds(RegionCode a, RegionCode b) {
        return party(a).isPresent() && party(b).isPresent();
    }

    /** Where the agreement stands on a date (termination included). */
    public InstrumentStatus statusOn(LocalDate date) {
        return InstrumentStatus.of(validity, termination, date);
    }

    /** The days it actually applies, the termination taken into account. */
    public Validity effectiveValidity() {
        return termination == null ? validity : validity.endingBefore(termination.effective());
    }

    public Builder toBuilder() {
        Builder b = new Builder().id(id).kind(kind).instrument(instrument).signed(signed).validity(validity)
                .termination(termination);
        parties.forEach(b::party);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CooperationAgreement a && id.equals(a.id) && kind == a.kind
                && instrument.equals(a.instrument) && signed.equals(a.signed) && validity.equals(a.validity)
                && Objects.equals(termination, a.termination) && parties.equals(a.parties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, instrument, signed, validity, termination, parties);
    }

    @Override
    public String toString() {
        return "CooperationAgreement[" + id + ", " + kind.configName() + ", "
                + parties.stream().map(p -> p.region().value()).toList() + ", " + validity + "]";
    }

    /** Builder for {@link CooperationAgreement}; {@link #build()} checks the shape. */
    public static final class Builder {
        private String id;
        private AgreementKind kind;
        private LegalInstrument instrument;
        private LocalDate signed;
        private Validity validity;
        private Revocation termination;
        private final List<AgreementParty> parties = new ArrayList<>();

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder kind(AgreementKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder instrument(LegalInstrument instrument) {
            this.instrument = instrument;
            return this;
        }

        /** The agreement's number as cited. */
        public Builder instrument(String citation) {
            return instrument(LegalInstrument.of(citation));
        }

        public Builder signed(LocalDate signed) {
            this.signed = signed;
            return this;
        }

        public Builder validity(Validity validity) {
            this.validity = validity;
            return this;
        }

        public Builder termination(Revocation termination) {
            this.termination = termination;
            return this;
        }

        public Builder party(AgreementParty party) {
            parties.add(Objects.requireNonNull(party, "party"));
            return this;
        }

        public CooperationAgreement build() {
            return new CooperationAgreement(this);
        }
    }
}
