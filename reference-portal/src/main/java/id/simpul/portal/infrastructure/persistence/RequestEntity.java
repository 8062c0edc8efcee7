package id.simpul.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A stored service request: the searchable columns plus the form and documents as JSON. */
@Entity
@Table(name = "service_request")
public class RequestEntity {

    @Id
    public String id;
    @Column(name = "registration_number")
    public String registrationNumber;
    @Column(name = "service_code")
    public String serviceCode;
    @Column(name = "standard_version")
    public int standardVersion;
    @Column(name = "subject_region")
    public String subjectRegion;
    @Column(name = "filing_agency")
    public String filingAgency;
    @Column(name = "filing_channel")
    public String filingChannel;
    @Column(name = "competent_agency")
    public String competentAgency;
    /** The regency of the competent office; another than the node's when the request is forwarded. */
    @Column(name = "competent_regency")
    public String competentRegency;
    /** The cooperation agreement the routing rests on, or null. */
    @Column(name = "agreement_id")
    public String agreementId;
    @Column(name = "applicant_ref")
    public String applicantRef;
    public String status;
    @Column(name = "sla_deadline")
    public Long slaDeadline;
    public String verification;
    @Column(name = "form_json")
    public String formJson;
    @Column(name = "documents_json")
    public String documentsJson;
    @Column(name = "created_at")
    public long createdAt;
    @Column(name = "updated_at")
    public long updatedAt;
    @Version
    @Column(name = "row_version")
    public long rowVersion;

    @Override
    public String toString() {
        return "RequestEntity[" + id + "]";
    }
}
