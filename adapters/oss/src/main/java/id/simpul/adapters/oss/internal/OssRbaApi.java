package id.simpul.adapters.oss.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * OSS RBA's host-to-host operations as a MicroProfile REST Client interface. Bodies travel as JSON
 * text so that the adapter reads every answer itself, whatever JSON provider the runtime has, and
 * an unreadable answer is reported as such instead of as a provider error.
 */
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public interface OssRbaApi extends AutoCloseable {

    @POST
    @Path("inqueryNIB")
    Response inqueryNib(@HeaderParam("user_key") String userKey, String body);

    @POST
    @Path("receiveLicenseStatus")
    Response receiveLicenseStatus(@HeaderParam("user_key") String userKey, String body);

    @POST
    @Path("receiveLicense")
    Response receiveLicense(@HeaderParam("user_key") String userKey, String body);

    @POST
    @Path("checkLicenseStatus")
    Response checkLicenseStatus(@HeaderParam("user_key") String userKey, String body);
}
