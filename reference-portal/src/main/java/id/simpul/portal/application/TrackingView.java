package id.simpul.portal.application;

/**
 * What anyone holding the registration number may see: no form values, no applicant, no officer
 * names; the service, where it stands and by when it is due.
 */
public record TrackingView(String registrationNumber, String service, String serviceName, String status,
        String filedOn, String slaDeadline, String competentOffice, String lastUpdate) {
}
