package id.simpul.portal.interfaces.rest;

import id.simpul.federation.http.FederationEndpoint;
import id.simpul.portal.application.federation.FederationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Receives signed federation messages ({@code application/jose}) at {@code /federation/v1/{kind}} and
 * writes the library's answer back unchanged: a signed receipt, or a problem document with the
 * signed refusal. Documented in {@code specs/openapi/federation-api.v1.yaml}, so hidden from the
 * portal's own OpenAPI document.
 */
@Path("/")
@RequestScoped
public class FederationResource {

    private static final Logger LOG = Logger.getLogger(FederationResource.class.getName());
    private static final int MAX_BODY = 512 * 1024;
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    FederationService federation;

    @POST
    @Path("{kind}")
    @Consumes({"application/jose", "text/plain", "application/octet-stream"})
    @Operation(hidden = true)
    public Response receive(@PathParam("kind") String kind, @HeaderParam("Accept-Language") String language,
            InputStream body) {
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("id");
        String text;
        try {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                return problem(413, "urn:simpul:federation:too-large", locale.getLanguage().equals("en")
                        ? "The message is larger than " + MAX_BODY + " bytes."
                        : "Pesan lebih besar dari " + MAX_BODY + " byte.");
            }
            text = new String(bytes, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return problem(400, "urn:simpul:federation:unreadable", "Isi pesan tidak terbaca / unreadable body");
        }
        try {
            FederationEndpoint.Answer a = federation.receive("/" + kind, text, locale);
            return Response.status(a.status()).type(a.contentType()).entity(a.body()).build();
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Applying a federation message failed (ref " + ref + "); the sender will retry", e);
            return problem(503, "urn:simpul:federation:try-again", (locale.getLanguage().equals("en")
                    ? "The message could not be applied now; send it again later. Reference "
                    : "Pesan belum dapat diterapkan; kirim ulang nanti. Referensi ") + ref);
        }
    }

    private static Response problem(int status, String type, String title) {
        String json = JSON.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .build().toString();
        return Response.status(status).type("application/problem+json").entity(json).build();
    }
}
