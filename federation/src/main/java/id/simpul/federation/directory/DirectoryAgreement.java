package id.simpul.federation.directory;

import id.simpul.federation.FederationDataException;
import id.simpul.federation.internal.JsonFields;
import id.simpul.sdk.authority.CooperationAgreement;
import id.simpul.sdk.authority.Revocation;
import id.simpul.sdk.region.RegionCode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cooperation agreement between regencies (perjanjian kerja sama daerah, PP 28/2018) as the
 * directory publishes it to every node: parties and their scope, number, signing date, the days it
 * is in force (both ends included) and an early termination (pengakhiran), if any.
 *
 * @param id             stable identifier, e.g. {@code pks-kubu-raya-kapuas-hulu}
 * @param number         the instrument's number as cited
 * @param signed         signing date
 * @param effectiveFrom  first day in force
 * @param effectiveUntil last day in force; null: open-ended (until terminated)
 * @param terminatedFrom first day no longer in force because it was ended early; null if not
 * @param parties        two or more distinct regencies
 */
public record DirectoryAgreement(String id, String number, LocalDate signed, LocalDate effectiveFrom,
        LocalDate effectiveUntil, LocalDate terminatedFrom, List<DirectoryParty> parties) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,79}");

    /** Where an agreement stands on a day. */
    public enum Standing { NOT_YET_IN_FORCE, IN_FORCE, EXPIRED, TERMINATED }

    public DirectoryAgreement {
        if (id == null || !ID.matcher(id).matches()) {
            throw new FederationDataException("agreement.id", String.valueOf(id));
        }
        if (number == null || number.isBlank() || number.length() > 300) {
            throw new FederationDataException("agreement.number", id);
        }
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if ((effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) || (terminatedFrom != null && terminatedFrom.isBefore(effectiveFrom))) {
            throw new FederationDataException("agreement.dates", id);
        }
        parties = List.copyOf(parties);
        Set<RegionCode> distinct = new HashSet<>();
        parties.forEach(p -> distinct.add(p.region()));
        if (parties.size() < 2 || distinct.size() != parties.size()) {
            throw new FederationDataException("agreement.parties", id);
        }
    }

    public Standing standingOn(LocalDate day) {
        if (day.isBefore(effectiveFrom)) {
            return Standing.NOT_YET_IN_FORCE;
        }
        if (terminatedFrom != null && !day.isBefore(terminatedFrom)) {
            return Standing.TERMINATED;
        }
        return effectiveUntil != null && day.isAfter(effectiveUntil) ? Standing.EXPIRED : Standing.IN_FORCE;
    }

    public Optional<DirectoryParty> party(RegionCode regency) {
        return parties.stream().filter(p -> p.region().equals(regency)).findFirst();
    }

    /** Whether both regencies are parties. */
    public boolean binds(RegionCode a, RegionCode b) {
        return party(a).isPresent() && party(b).isPresent();
    }

    /**
     * The directory's form of an agreement of the kewenangan model (as loaded from a regency's
     * configuration): same id, parties and scope; the number is the instrument's citation.
     */
    public static DirectoryAgreement of(CooperationAgreement agreement) {
        return new DirectoryAgreement(agreement.id(), agreement.instrument().cite(), agreement.signed(),
                agreement.validity().effectiveFrom(), agreement.validity().effectiveUntil().orElse(null),
                agreement.termination().map(Revocation::effective).orElse(null),
                agreement.parties().stream()
                        .map(p -> new DirectoryParty(p.region(), p.accepts(), p.sharedFields())).toList());
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("number", number);
        m.put("signed", signed.toString());
        m.put("effectiveFrom", effectiveFrom.toString());
        if (effectiveUntil != null) {
            m.put("effectiveUntil", effectiveUntil.toString());
        }
        if (terminatedFrom != null) {
            m.put("terminatedFrom", terminatedFrom.toString());
        }
        m.put("parties", parties.stream().map(DirectoryParty::toJson).toList());
        return m;
    }

    /** Reads one agreement (the same shape as inside the directory). */
    public static DirectoryAgreement fromJson(JsonFields j) {
        j.onlyMembers(Set.of("id", "number", "signed", "effectiveFrom", "effectiveUntil", "terminatedFrom", "parties"));
        return new DirectoryAgreement(j.string("id", 80), j.string("number", 300), j.date("signed"),
                j.date("effectiveFrom"), j.optionalDate("effectiveUntil"), j.optionalDate("terminatedFrom"),
                j.objects("parties").stream().map(DirectoryParty::fromJson).toList());
    }
}
