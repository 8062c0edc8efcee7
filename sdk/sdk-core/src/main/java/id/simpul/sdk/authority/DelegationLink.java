package id.simpul.sdk.authority;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.catalogue.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The delegation link of a chain: the authority passed to the delegate by an instrument, with the
 * conditions the request was found to meet.
 *
 * @param delegation the delegation applied
 * @param delegate   the office it names
 * @param checks     the conditions checked, all met
 */
public record DelegationLink(Delegation delegation, Agency delegate, List<ConditionCheck> checks) implements ChainLink {

    public DelegationLink {
        Objects.requireNonNull(delegation, "delegation");
        Objects.requireNonNull(delegate, "delegate");
        checks = List.copyOf(checks);
    }

    @Override
    public String instrumentId() {
        return delegation.id();
    }

    @Override
    public LegalInstrument legalReference() {
        return delegation.instrument();
    }

    @Override
    public String explain(Locale locale) {
        String text = Texts.render(Texts.msg("link.delegation", LocalizedText.of(delegate.name(), delegate.nameEn()),
                legalReference().cite(), delegation.id()), locale);
        if (checks.isEmpty()) {
            return text;
        }
        String conditions = checks.stream()
                .map(c -> c.condition().expression() + " (" + c.actual() + ")").collect(Collectors.joining(", "));
        return text + " " + Texts.render(Texts.msg("link.delegation.conditions", conditions), locale);
    }
}
