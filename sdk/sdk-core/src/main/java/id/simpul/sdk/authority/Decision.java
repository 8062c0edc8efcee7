package id.simpul.sdk.authority;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.catalogue.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The competent office for a request and the chain of instruments that makes it competent.
 *
 * @param query           the question
 * @param competentOffice the office that may decide
 * @param chain           authority, then delegation (if any), then agreement (if any)
 * @param notes           instruments considered and set aside
 */
public record Decision(ResolutionQuery query, Agency competentOffice, List<ChainLink> chain, List<ResolutionNote> notes)
        implements Resolution {

    public Decision {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(competentOffice, "competentOffice");
        chain = List.copyOf(chain);
        notes = List.copyOf(notes);
        if (chain.isEmpty() || !(chain.get(0) instanceof AuthorityLink)) {
            throw new IllegalArgumentException("a decision's chain starts with its authority");
        }
    }

    @Override
    public boolean isDecision() {
        return true;
    }

    public AuthorityLink authority() {
        return (AuthorityLink) chain.get(0);
    }

    public Optional<DelegationLink> delegation() {
        return chain.stream().filter(DelegationLink.class::isInstance).map(DelegationLink.class::cast).findFirst();
    }

    public Optional<AgreementLink> agreement() {
        return chain.stream().filter(AgreementLink.class::isInstance).map(AgreementLink.class::cast).findFirst();
    }

    @Override
    public String explain(Locale locale) {
        StringBuilder sb = new StringBuilder(Texts.render(Texts.msg("decision.summary",
                LocalizedText.of(competentOffice.name(), competentOffice.nameEn()), query.service().value(),
                query.subjectRegion().value(), query.date().toString()), locale));
        for (ChainLink link : chain) {
            sb.append(System.lineSeparator()).append("- ").append(link.explain(locale));
        }
        for (ResolutionNote note : notes) {
            sb.append(System.lineSeparator()).append("* ").append(note.explain(locale));
        }
        return sb.toString();
    }
}
