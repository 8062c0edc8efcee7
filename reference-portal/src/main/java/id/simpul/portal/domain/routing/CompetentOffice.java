package id.simpul.portal.domain.routing;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.authority.AgreementLink;
import id.simpul.sdk.authority.ChainLink;
import id.simpul.sdk.authority.Decision;
import id.simpul.sdk.region.RegionCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The office competent to decide a request (kewenangan), the regency it belongs to and the
 * engine's decision behind it: the legal chain authority → delegation (pelimpahan) → cooperation
 * agreement (perjanjian kerja sama), each with its citation.
 *
 * @param decision the kewenangan engine's decision
 * @param regency  the regency (or province, for a provincial office) of the competent office
 */
public record CompetentOffice(Decision decision, RegionCode regency) {

    public CompetentOffice {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(regency, "regency");
    }

    public Agency office() {
        return decision.competentOffice();
    }

    /** The instruments, most general first. */
    public List<ChainLink> chain() {
        return decision.chain();
    }

    /** The cooperation agreement the decision rests on, when the office is in another regency than the counter. */
    public Optional<String> agreementId() {
        return decision.agreement().map(AgreementLink::instrumentId);
    }

    /** The citations of the chain, most general first, e.g. for the filing receipt. */
    public List<String> citations() {
        return decision.chain().stream().map(l -> l.legalReference().cite()).toList();
    }
}
