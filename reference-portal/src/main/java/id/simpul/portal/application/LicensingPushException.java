package id.simpul.portal.application;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulRemoteException;

/**
 * A status push to OSS RBA that cannot be made now: the request's OSS link is wrong (not retryable:
 * the outbox marks it blocked for an operator) or an earlier status of the same request has not been
 * delivered yet (retryable: OSS must receive the statuses in order). Messages name the request id and
 * OSS's licence id, never personal data.
 */
public final class LicensingPushException extends SimpulRemoteException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "id.simpul.portal.messages";

    private LicensingPushException(String code, boolean retryable, Object... args) {
        super("oss", code, LocalizedMessage.of(BUNDLE, code, args), retryable, null);
    }

    static LicensingPushException malformedNib(String requestId) {
        return new LicensingPushException("licensing.nib.malformed", false, requestId);
    }

    static LicensingPushException unknownLicence(String requestId, String licenceId) {
        return new LicensingPushException("licensing.licence.unknown", false, requestId, licenceId);
    }

    static LicensingPushException earlierPending(String requestId) {
        return new LicensingPushException("licensing.earlier-pending", true, requestId);
    }
}
