package id.simpul.portal.application;

import java.util.List;
import java.util.Map;

/**
 * A request as shown to a caller allowed to see it. {@code competentOffice} is the office the
 * kewenangan engine named at filing, with its regency; {@code forwarded} says that this regency is
 * another than the node's (decided there under {@code agreement}; this node shows a read-only copy). {@code form} and {@code documents} hold what
 * the applicant filed and are therefore only in this view, never in the public tracking view.
 */
public record RequestView(String id, String registrationNumber, String service, int standardVersion,
        String subjectRegion, String filingAgency, String filingChannel, String competentOffice, String competentOfficeName,
        String competentRegency, String competentRegencyName, boolean forwarded, String agreement, String status,
        String slaDeadline, String verification, String createdAt, String updatedAt, List<String> allowedActions,
        Map<String, List<String>> form, List<Map<String, String>> documents) {
}
