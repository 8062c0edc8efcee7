package id.simpul.sdk.json.internal;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.json.JsonSetupException;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.request.ServiceRequest;
import jakarta.json.JsonObject;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.List;

/**
 * Every adapter this module registers, and the readers {@code SimpulJson} calls directly so that
 * errors keep their JSON Pointer instead of disappearing into a {@code JsonbException}.
 */
public final class Adapters {

    /** The document types with a canonical JSON. */
    public static final List<Class<?>> DOCUMENT_TYPES =
            List.of(Region.class, Agency.class, ServiceStandard.class, ServiceRequest.class);

    private final RegionAdapter region;
    private final AgencyAdapter agency;
    private final ServiceStandardAdapter standard;
    private final ServiceRequestAdapter request;

    private Adapters(WorkingCalendar calendar, ServiceCatalogue catalogue) {
        JsonOut out = new JsonOut();
        this.region = new RegionAdapter(out);
        this.agency = new AgencyAdapter(out);
        this.standard = new ServiceStandardAdapter(out);
        this.request = new ServiceRequestAdapter(out, calendar, catalogue);
    }

    /**
     * The adapters; reading service requests needs the calendar their SLA clocks count in.
     *
     * @param calendar  the working calendar, or {@code null} when no request will be read
     * @param catalogue the catalogue a request's service and standard version must be in, or
     *                  {@code null} to leave that to the caller
     */
    public static Adapters of(WorkingCalendar calendar, ServiceCatalogue catalogue) {
        return new Adapters(calendar, catalogue);
    }

    public JsonbAdapter<?, ?>[] all() {
        return new JsonbAdapter<?, ?>[] {region, agency, standard, request};
    }

    /** Reads a document of one of the {@link #DOCUMENT_TYPES} from its parsed JSON. */
    public <T> T read(JsonIn in, Class<T> type) {
        Object value;
        if (type == Region.class) {
            value = RegionAdapter.read(in);
        } else if (type == Agency.class) {
            value = AgencyAdapter.read(in);
        } else if (type == ServiceStandard.class) {
            value = ServiceStandardAdapter.read(in);
        } else if (type == ServiceRequest.class) {
            value = request.read(in);
        } else {
            throw unsupported(type);
        }
        return type.cast(value);
    }

    /** Writes a document of one of the {@link #DOCUMENT_TYPES}. */
    public JsonObject write(Object document) {
        if (document instanceof Region r) {
            return region.adaptToJson(r);
        } else if (document instanceof Agency a) {
            return agency.adaptToJson(a);
        } else if (document instanceof ServiceStandard s) {
            return standard.adaptToJson(s);
        } else if (document instanceof ServiceRequest r) {
            return request.adaptToJson(r);
        }
        throw unsupported(document.getClass());
    }

    private static JsonSetupException unsupported(Class<?> type) {
        return new JsonSetupException("json.type.unsupported", type.getName(),
                String.join(", ", DOCUMENT_TYPES.stream().map(Class::getSimpleName).toList()));
    }
}
