package id.simpul.portal.application;

import id.simpul.sdk.request.RequestStatus;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import java.util.Optional;

/**
 * Which OSS RBA {@code kd_status} a status change of a licensing request is reported as. Returning a
 * request for completion stops OSS's SLA clock (41) and resubmitting it resumes the clock (42), so that
 * OSS counts the regency's working days the way the portal's own SLA clock does. A cancellation by the
 * applicant has no OSS code and is not reported; 57 (deemed approved) is set by OSS itself.
 */
public final class OssStatusMapping {

    private OssStatusMapping() {
    }

    public static Optional<LicenceStatusCode> of(RequestStatus from, RequestStatus to) {
        return Optional.ofNullable(switch (to) {
            case SUBMITTED -> from == RequestStatus.RETURNED
                    ? LicenceStatusCode.SLA_RESUMED : LicenceStatusCode.SCREENING;
            case RETURNED -> LicenceStatusCode.SLA_STOPPED;
            case VERIFIED -> LicenceStatusCode.REQUIREMENTS_VERIFIED;
            case IN_PROCESS -> LicenceStatusCode.VALIDATION;
            case COMPLETED -> LicenceStatusCode.APPROVED;
            case REJECTED -> LicenceStatusCode.REJECTED;
            case DRAFT, CANCELLED -> null;
        });
    }
}
