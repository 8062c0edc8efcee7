package id.simpul.sdk.authority;

import java.util.Locale;

/**
 * One instrument in the chain that makes an office competent: the {@link AuthorityLink authority},
 * then possibly a {@link DelegationLink delegation}, then possibly an {@link AgreementLink
 * agreement}. Each carries its legal reference and explains itself in Bahasa Indonesia or English.
 */
public sealed interface ChainLink permits AuthorityLink, DelegationLink, AgreementLink {

    /** The identifier of the instrument in the configuration. */
    String instrumentId();

    /** The legal instrument to cite. */
    LegalInstrument legalReference();

    /** One sentence saying what this link establishes and on which instrument. */
    String explain(Locale locale);
}
