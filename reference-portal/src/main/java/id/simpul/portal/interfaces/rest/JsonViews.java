package id.simpul.portal.interfaces.rest;

import id.simpul.portal.infrastructure.config.NodeConfiguration;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.authority.AgreementLink;
import id.simpul.sdk.authority.AgreementParty;
import id.simpul.sdk.authority.AuthorityLink;
import id.simpul.sdk.authority.ChainLink;
import id.simpul.sdk.authority.ConditionCheck;
import id.simpul.sdk.authority.CooperationAgreement;
import id.simpul.sdk.authority.Decision;
import id.simpul.sdk.authority.DelegationLink;
import id.simpul.sdk.authority.LegalInstrument;
import id.simpul.sdk.authority.Refusal;
import id.simpul.sdk.authority.ResolutionNote;
import id.simpul.sdk.catalogue.ServiceCode;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The JSON shapes of the kewenangan answers shared by several resources: offices, legal chains,
 * decisions, refusals and agreements, with texts in the caller's language.
 */
final class JsonViews {

    /** Looked up once: {@code Json.createXxx} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonViews() {
    }

    static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a.build();
    }

    static JsonObject office(Agency a, Locale locale) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", a.id().value())
                .add("name", "en".equals(locale.getLanguage()) && a.nameEn() != null ? a.nameEn() : a.name())
                .add("kind", a.kind().configName())
                .add("homeRegion", a.homeRegion().value())
                .add("regency", NodeConfiguration.regencyOf(a).value())
                .add("servicePoint", a.isServicePoint());
        a.parent().ifPresent(p -> b.add("parent", p.value()));
        return b.build();
    }

    static JsonObject instrument(LegalInstrument i) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("citation", i.citation());
        if (!i.provision().isEmpty()) {
            b.add("provision", i.provision());
        }
        return b.add("cite", i.cite()).build();
    }

    /** The chain authority → delegation → agreement, each link with its instrument and one sentence. */
    static JsonArray chain(List<ChainLink> links, Locale locale) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (ChainLink link : links) {
            JsonObjectBuilder b = JSON.createObjectBuilder()
                    .add("link", kind(link))
                    .add("instrumentId", link.instrumentId())
                    .add("legalReference", instrument(link.legalReference()))
                    .add("explanation", link.explain(locale));
            if (link instanceof AuthorityLink l) {
                b.add("office", l.holder().id().value());
            } else if (link instanceof DelegationLink l) {
                b.add("office", l.delegate().id().value());
                JsonArrayBuilder checks = JSON.createArrayBuilder();
                for (ConditionCheck c : l.checks()) {
                    checks.add(condition(c));
                }
                b.add("conditions", checks);
            } else if (link instanceof AgreementLink l) {
                b.add("filingParty", l.filingParty().region().value())
                        .add("competentParty", l.competentParty().region().value())
                        .add("fee", l.fee().configName());
            }
            a.add(b);
        }
        return a.build();
    }

    private static JsonObject condition(ConditionCheck c) {
        return JSON.createObjectBuilder().add("expression", c.condition().expression())
                .add("outcome", c.outcome().name()).add("actual", c.actual() == null ? "" : c.actual()).build();
    }

    private static String kind(ChainLink link) {
        if (link instanceof AuthorityLink) {
            return "authority";
        }
        return link instanceof DelegationLink ? "delegation" : "agreement";
    }

    static JsonObject decision(Decision d, Locale locale) {
        JsonArrayBuilder notes = JSON.createArrayBuilder();
        for (ResolutionNote n : d.notes()) {
            notes.add(JSON.createObjectBuilder().add("instrumentId", n.instrumentId())
                    .add("reason", n.reason().code()).add("explanation", n.explain(locale)));
        }
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("competent", true)
                .add("office", office(d.competentOffice(), locale))
                .add("chain", chain(d.chain(), locale))
                .add("notes", notes)
                .add("explanation", d.explain(locale));
        d.agreement().ifPresent(g -> b.add("agreement", g.instrumentId()));
        return b.build();
    }

    /** The refusal's members added to a problem: the missing link, the reason, the chain before it. */
    static void refusal(JsonObjectBuilder b, Refusal r, Locale locale) {
        b.add("reason", r.reason().name())
                .add("missingLink", r.missingLink().name())
                .add("chain", chain(r.chain(), locale))
                .add("explanation", r.explain(locale));
        if (!r.instrumentId().isEmpty()) {
            b.add("instrumentId", r.instrumentId());
        }
        r.condition().ifPresent(c -> b.add("condition", condition(c)));
    }

    static JsonObject agreement(CooperationAgreement g, LocalDate today) {
        JsonArrayBuilder parties = JSON.createArrayBuilder();
        for (AgreementParty p : g.parties()) {
            parties.add(JSON.createObjectBuilder()
                    .add("region", p.region().value())
                    .add("accepts", strings(p.accepts().stream().map(ServiceCode::value).toList()))
                    .add("sharedFields", strings(p.sharedFields()))
                    .add("fee", p.fee().configName()));
        }
        JsonObjectBuilder validity = JSON.createObjectBuilder()
                .add("effectiveFrom", g.validity().effectiveFrom().toString());
        g.validity().effectiveUntil().ifPresent(u -> validity.add("effectiveUntil", u.toString()));
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", g.id())
                .add("kind", g.kind().configName())
                .add("instrument", instrument(g.instrument()))
                .add("signed", g.signed().toString())
                .add("validity", validity)
                .add("statusToday", g.statusOn(today).name())
                .add("parties", parties);
        g.termination().ifPresent(t -> b.add("termination", JSON.createObjectBuilder()
                .add("instrument", instrument(t.instrument())).add("effective", t.effective().toString())));
        return b.build();
    }
}
