package id.simpul.federation.directory;

import id.simpul.federation.FederationDataException;
import id.simpul.federation.internal.JsonFields;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One party to a cooperation agreement and its scope, as the kewenangan model reads it: the
 * services this party's counters may accept for residents of the other parties, and the form
 * fields that may travel to the competent party with such a request (data minimisation, UU PDP
 * 27/2022).
 *
 * @param region       the party's regency code
 * @param accepts      services its counters may accept for the other parties' residents
 * @param sharedFields form attribute codes allowed to travel; empty: none
 */
public record DirectoryParty(RegionCode region, Set<ServiceCode> accepts, Set<String> sharedFields) {

    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public DirectoryParty {
        Objects.requireNonNull(region, "region");
        if (region.level() != RegionLevel.REGENCY) {
            throw new FederationDataException("node.level", region.value());
        }
        accepts = Collections.unmodifiableSet(new TreeSet<>(accepts));
        for (String f : sharedFields) {
            if (f == null || !FIELD.matcher(f).matches()) {
                throw new FederationDataException("agreement.field", region.value());
            }
        }
        sharedFields = Collections.unmodifiableSet(new TreeSet<>(sharedFields));
    }

    public static DirectoryParty of(String region, Set<String> accepts, Set<String> sharedFields) {
        return new DirectoryParty(RegionCode.parse(region),
                accepts.stream().map(ServiceCode::of).collect(java.util.stream.Collectors.toSet()), sharedFields);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", region.value());
        m.put("accepts", accepts.stream().map(ServiceCode::value).toList());
        m.put("sharedFields", sharedFields.stream().toList());
        return m;
    }

    static DirectoryParty fromJson(JsonFields j) {
        j.onlyMembers(Set.of("region", "accepts", "sharedFields"));
        return new DirectoryParty(j.region("region"),
                Set.copyOf(j.strings("accepts", ServiceCode::of, "ADM-KTP-HILANG")),
                Set.copyOf(j.strings("sharedFields", s -> s, "tanggal_lahir")));
    }
}
