package id.simpul.sdk.authority;

import java.util.Locale;
import java.util.Objects;

/**
 * The agreement link of a chain: the cooperation agreement that lets the filing region's counters
 * accept the request for the competent region.
 *
 * @param agreement      the agreement applied
 * @param filingParty    the party whose counter took the request
 * @param competentParty the party whose office decides
 */
public record AgreementLink(CooperationAgreement agreement, AgreementParty filingParty, AgreementParty competentParty)
        implements ChainLink {

    public AgreementLink {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(filingParty, "filingParty");
        Objects.requireNonNull(competentParty, "competentParty");
    }

    @Override
    public String instrumentId() {
        return agreement.id();
    }

    @Override
    public LegalInstrument legalReference() {
        return agreement.instrument();
    }

    /** Where the fee for this request goes, as the filing party's scope says. */
    public FeeAttribution fee() {
        return filingParty.fee();
    }

    @Override
    public String explain(Locale locale) {
        return Texts.render(Texts.msg("link.agreement", filingParty.region().value(),
                competentParty.region().value(), Texts.msg("agreement.kind." + agreement.kind().configName()),
                legalReference().cite(), agreement.id()), locale);
    }
}
