package id.simpul.sdk.authority;

import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One party to a {@link CooperationAgreement} and its scope: the service types this party's
 * counters may accept for the residents of the other parties, the data fields that may travel to
 * the competent region with such a request, and where the fee goes.
 *
 * @param region       the party's regency (kabupaten/kota) code
 * @param accepts      services this party's counters may accept for the other parties' residents
 * @param sharedFields form attribute codes that may be sent to the competent region; empty: none
 * @param fee          where fees for the accepted services go
 */
public record AgreementParty(RegionCode region, Set<ServiceCode> accepts, Set<String> sharedFields,
        FeeAttribution fee) {

    public AgreementParty {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(fee, "fee");
        accepts = Collections.unmodifiableSet(new TreeSet<>(accepts));
        sharedFields = Collections.unmodifiableSet(new TreeSet<>(sharedFields));
    }

    public static AgreementParty of(RegionCode region, Collection<ServiceCode> accepts, Collection<String> sharedFields,
            FeeAttribution fee) {
        return new AgreementParty(region, Set.copyOf(accepts), Set.copyOf(sharedFields), fee);
    }

    /** A party whose counters accept the given services, sharing the given fields; fees go to the competent region. */
    public static AgreementParty of(String region, Collection<String> accepts, Collection<String> sharedFields) {
        return new AgreementParty(RegionCode.parse(region),
                Set.copyOf(accepts.stream().map(ServiceCode::of).toList()), Set.copyOf(sharedFields),
                FeeAttribution.COMPETENT_REGION);
    }

    /** A party whose counters accept the given services, sharing no data; fees go to the competent region. */
    public static AgreementParty accepting(String region, String... services) {
        return of(region, Arrays.asList(services), Set.of());
    }

    public boolean accepts(ServiceCode service) {
        return accepts.contains(service);
    }
}
