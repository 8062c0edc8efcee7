package id.simpul.portal.application;

import java.util.List;
import java.util.Map;

/**
 * A request as shown to a caller allowed to see it. {@code form} and {@code documents} hold what
 * the applicant filed and are therefore only in this view, never in the public tracking view.
 */
public record RequestView(String id, String registrationNumber, String service, int standardVersion,
        String subjectRegion, String filingAgency, String filingChannel, String competentOffice, String status,
        String slaDeadline, String verification, String createdAt, String updatedAt, List<String> allowedActions,
        Map<String, List<String>> form, List<Map<String, String>> documents) {
}
