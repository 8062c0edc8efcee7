package id.simpul.sdk.authority;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.ServiceCode;
import java.util.Locale;
import java.util.Objects;

/**
 * The authority link of a chain: the office that holds the authority for the service and region.
 *
 * @param authority the authority
 * @param holder    its holder
 * @param service   the service it was resolved for
 */
public record AuthorityLink(Authority authority, Agency holder, ServiceCode service) implements ChainLink {

    public AuthorityLink {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(service, "service");
    }

    @Override
    public String instrumentId() {
        return authority.id();
    }

    @Override
    public LegalInstrument legalReference() {
        return authority.legalBasis().get(0);
    }

    @Override
    public String explain(Locale locale) {
        return Texts.render(Texts.msg("link.authority", LocalizedText.of(holder.name(), holder.nameEn()),
                service.value(), String.join(", ", authority.territory().stream().map(Object::toString).toList()),
                legalReference().cite(), authority.id()), locale);
    }
}
