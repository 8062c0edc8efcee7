package id.simpul.portal.interfaces.rest;

import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryAgreement;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.portal.application.Caller;
import id.simpul.portal.application.Role;
import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.infrastructure.federation.FederationCaseEntity;
import id.simpul.portal.infrastructure.federation.FederationEventEntity;
import id.simpul.portal.infrastructure.federation.FederationMonitor;
import id.simpul.portal.infrastructure.federation.FederationNode;
import id.simpul.portal.infrastructure.persistence.RequestEntity;
import id.simpul.sdk.agency.AgencyId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * This node's federation state for its administrators (node key, directory, delivery per partner,
 * recent message events) and, for staff, the federation state of one request. Documented in
 * {@code specs/openapi/federation-api.v1.yaml} (section "node administration").
 */
@Path("/federation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FederationAdminResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    CallerResolver callers;
    @Inject
    FederationNode federation;
    @Inject
    FederationMonitor monitor;
    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    @GET
    @Path("/node")
    @Operation(hidden = true)
    public String node() {
        requireAdmin();
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("code", federation.identity().code().value())
                .add("keyId", federation.identity().keyId())
                .add("publicJwk", JSON.createReader(new java.io.StringReader(
                        federation.identity().publicJwk().toJSONString())).readObject());
        var problem = federation.problem();
        b.add("state", problem.isPresent() ? (federation.configured() ? "REFUSED" : "OFF") : "ON");
        problem.ifPresent(p -> b.add("problem", p));
        federation.lastRefreshProblem().ifPresent(p -> b.add("lastRefreshProblem", p));
        federation.lastRefresh().ifPresent(t -> b.add("lastRefresh", t.toString()));
        federation.directoryIfUsable().ifPresent(d -> b.add("directory", directory(d)));
        return b.build().toString();
    }

    /** Fetches and verifies the directory now (instead of at the next scheduled refresh) and shows the result. */
    @POST
    @Path("/directory/refresh")
    @Operation(hidden = true)
    public String refresh() {
        requireAdmin();
        federation.refresh();
        monitor.registerGauges();
        return node();
    }

    @GET
    @Path("/partners")
    @Operation(hidden = true)
    public String partners() {
        requireAdmin();
        monitor.registerGauges();
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (FederationMonitor.PartnerState p : monitor.partners()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("partner", p.partner()).add("pending", p.pending())
                    .add("oldestAgeSeconds", p.oldestAgeSeconds()).add("maxAttempts", p.maxAttempts());
            if (p.lastError() != null) {
                o.add("lastError", p.lastError());
            }
            a.add(o);
        }
        return JSON.createObjectBuilder().add("partners", a).build().toString();
    }

    @GET
    @Path("/events")
    @Transactional
    @Operation(hidden = true)
    public String events(@QueryParam("limit") @DefaultValue("100") int limit) {
        requireAdmin();
        if (limit < 1 || limit > 1000) {
            throw new PortalProblem(PortalProblem.Kind.INVALID_INPUT, "input.size.range", limit);
        }
        List<FederationEventEntity> rows = em.createQuery(
                "select e from FederationEventEntity e order by e.id desc", FederationEventEntity.class)
                .setMaxResults(limit).getResultList();
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (FederationEventEntity e : rows) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("at", Instant.ofEpochMilli(e.occurredAt).toString())
                    .add("direction", e.direction).add("outcome", e.outcome);
            add(o, "partner", e.partner);
            add(o, "kind", e.kind);
            add(o, "messageId", e.messageId);
            add(o, "reference", e.reference);
            add(o, "refusal", e.refusal);
            add(o, "detail", e.detail);
            a.add(o);
        }
        return JSON.createObjectBuilder().add("events", a).build().toString();
    }

    @GET
    @Path("/requests/{id}")
    @Transactional
    @Operation(hidden = true)
    public String request(@PathParam("id") String id) {
        Caller caller = callers.caller();
        if (!caller.isAuthenticated()) {
            throw new PortalProblem(PortalProblem.Kind.UNAUTHENTICATED, "auth.required");
        }
        RequestEntity r = id == null || id.length() > 36 ? null : em.find(RequestEntity.class, id);
        FederationCaseEntity c = r == null ? null : em.find(FederationCaseEntity.class, id);
        boolean staffHere = caller.agency().map(AgencyId::value)
                .filter(a -> r != null && (a.equals(r.competentAgency) || a.equals(r.filingAgency))).isPresent()
                && caller.isStaff();
        if (c == null || !(caller.has(Role.ADMIN) || caller.has(Role.SUPERVISOR) || staffHere)) {
            throw new PortalProblem(PortalProblem.Kind.NOT_FOUND, "request.not-found", id == null ? "" : id);
        }
        JsonObjectBuilder o = JSON.createObjectBuilder().add("requestId", c.requestId).add("role", c.caseRole)
                .add("partner", c.partner).add("reference", c.reference).add("service", c.serviceCode)
                .add("filedOn", c.filedOn).add("state", c.state)
                .add("updatedAt", Instant.ofEpochMilli(c.updatedAt).toString());
        add(o, "agreement", c.agreementId);
        add(o, "receiptId", c.receiptId);
        add(o, "refusal", c.refusal);
        JsonArrayBuilder withheld = JSON.createArrayBuilder();
        if (c.withheld != null && !c.withheld.isBlank()) {
            for (String f : c.withheld.split(",")) {
                withheld.add(f);
            }
        }
        return o.add("withheldFields", withheld).build().toString();
    }

    private static jakarta.json.JsonObject directory(Directory d) {
        JsonArrayBuilder nodes = JSON.createArrayBuilder();
        for (DirectoryNode n : d.nodes()) {
            nodes.add(JSON.createObjectBuilder().add("code", n.code().value()).add("name", n.name())
                    .add("baseUrl", n.baseUrl().toString()));
        }
        JsonArrayBuilder agreements = JSON.createArrayBuilder();
        for (DirectoryAgreement a : d.agreements()) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("id", a.id()).add("number", a.number())
                    .add("effectiveFrom", a.effectiveFrom().toString());
            add(o, "effectiveUntil", a.effectiveUntil() == null ? null : a.effectiveUntil().toString());
            JsonArrayBuilder parties = JSON.createArrayBuilder();
            a.parties().forEach(p -> parties.add(p.region().value()));
            agreements.add(o.add("parties", parties));
        }
        return JSON.createObjectBuilder().add("sequence", d.sequence()).add("issuedAt", d.issuedAt().toString())
                .add("expiresAt", d.expiresAt().toString()).add("nodes", nodes).add("agreements", agreements).build();
    }

    private static void add(JsonObjectBuilder o, String key, String value) {
        if (value != null) {
            o.add(key, value);
        }
    }

    private void requireAdmin() {
        Caller caller = callers.caller();
        if (!caller.isAuthenticated()) {
            throw new PortalProblem(PortalProblem.Kind.UNAUTHENTICATED, "auth.required");
        }
        if (!caller.has(Role.ADMIN)) {
            throw new PortalProblem(PortalProblem.Kind.FORBIDDEN, "auth.role", "[ADMIN]");
        }
    }
}
