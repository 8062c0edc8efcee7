package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.Caller;
import id.simpul.portal.application.FieldError;
import id.simpul.portal.application.HistoryView;
import id.simpul.portal.application.PageView;
import id.simpul.portal.application.RequestService;
import id.simpul.portal.application.RequestView;
import id.simpul.portal.application.SubmitCommand;
import id.simpul.portal.application.SubmitResult;
import id.simpul.portal.application.TransitionResult;
import id.simpul.portal.application.InvalidInputException;
import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.domain.PortalProblem.Kind;
import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * Service requests (permohonan): idempotent filing, reading, listing, status transitions and history.
 * Bodies are read as text and parsed here so that every malformed field is reported with its name.
 */
@Path("/requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    @Inject
    RequestService requests;
    @Inject
    CallerResolver callers;
    @Inject
    @ConfigProperty(name = "simpul.api.max-body-bytes", defaultValue = "65536")
    int maxBodyBytes;

    @APIResponses({
            @APIResponse(responseCode = "201", description = "Created"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)"),
            @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)"),
            @APIResponse(responseCode = "403", description = "Not allowed (problem+json)"),
            @APIResponse(responseCode = "413", description = "Body too large (problem+json)"),
            @APIResponse(responseCode = "422", description = "Refused (problem+json)")})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Counted(name = "requests_submitted_total", absolute = true, description = "Submissions received (including replays)")
    public Response submit(@HeaderParam("Idempotency-Key") String idempotencyKey, String body) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new PortalProblem(Kind.IDEMPOTENCY_KEY_MISSING, "idempotency.missing");
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(List.of(new FieldError("Idempotency-Key", "idempotency.malformed",
                    id.simpul.sdk.LocalizedMessage.of(PortalProblem.BUNDLE, "idempotency.malformed"))));
        }
        JsonObject json = JsonInput.parseObject(body, maxBodyBytes);
        SubmitCommand cmd = SubmitParser.parse(json);
        Caller caller = callers.caller();
        String hash = sha256(canonical(json));
        SubmitResult result;
        try {
            result = requests.submit(caller, idempotencyKey, hash, cmd);
        } catch (SimpulException refused) {
            throw refused;
        } catch (RuntimeException e) {
            // a concurrent call with the same key may have won the race for the idempotency record
            result = requests.replay(caller, idempotencyKey, hash).orElseThrow(() -> e);
        }
        return Response.status(result.status())
                .location(UriBuilder.fromPath("/api/v1/requests/{id}").build(result.requestId()))
                .header("Idempotent-Replayed", Boolean.toString(result.replayed()))
                .type(MediaType.APPLICATION_JSON)
                .entity(result.body()).build();
    }

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)")})
    @GET
    @Path("/{id}")
    public RequestView get(@PathParam("id") String id) {
        return requests.get(callers.caller(), id);
    }

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)"),
            @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)")})
    @GET
    public PageView<RequestView> list(@QueryParam("status") String status, @QueryParam("service") String service,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        List<FieldError> errors = new ArrayList<>();
        int p = integer("page", page, errors);
        int s = integer("size", size, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return requests.list(callers.caller(), status, service, p, s);
    }

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)"),
            @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)"),
            @APIResponse(responseCode = "403", description = "Not allowed (problem+json)"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)"),
            @APIResponse(responseCode = "409", description = "Illegal transition or concurrent change (problem+json)"),
            @APIResponse(responseCode = "422", description = "Idempotency key reused with another body (problem+json)")})
    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            String body) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInputException(List.of(new FieldError("Idempotency-Key", "idempotency.malformed",
                    LocalizedMessage.of(PortalProblem.BUNDLE, "idempotency.malformed"))));
        }
        JsonObject json = JsonInput.parseObject(body, maxBodyBytes);
        List<FieldError> errors = new ArrayList<>();
        String action = JsonInput.string(json, "action", "action", errors);
        String reason = JsonInput.string(json, "reason", "reason", errors);
        if (action == null && errors.isEmpty()) {
            errors.add(JsonInput.error("action", "input.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Caller caller = callers.caller();
        String hash = idempotencyKey == null ? null : sha256(id + "\n" + canonical(json));
        TransitionResult result;
        try {
            result = requests.transition(caller, id, action, reason, idempotencyKey, hash);
        } catch (RuntimeException e) {
            if (idempotencyKey == null || e instanceof SimpulException) {
                throw e;
            }
            // a concurrent call with the same key may have won the race
            result = requests.replayTransition(caller, idempotencyKey, id, hash).orElseThrow(() -> e);
        }
        return Response.ok(result.body(), MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", Boolean.toString(result.replayed())).build();
    }

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)")})
    @GET
    @Path("/{id}/history")
    public List<HistoryView> history(@PathParam("id") String id) {
        return requests.history(callers.caller(), id);
    }

    private static int integer(String field, String text, List<FieldError> errors) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            errors.add(JsonInput.error(field, "input.integer", text.length() > 20 ? text.substring(0, 20) : text));
            return 0;
        }
    }

    /** The body as the JSON it means, so that whitespace or key order do not count as a different body. */
    private static String canonical(JsonObject json) {
        return JsonInput.canonical(json);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
