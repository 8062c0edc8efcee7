package id.simpul.portal.infrastructure.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A request that crosses a regency border, as this node sees it: {@link #FILING} at the node whose
 * counter took it in and forwarded it, {@link #COMPETENT} at the node whose office decides it.
 */
@Entity
@Table(name = "federation_case")
public class FederationCaseEntity {

    public static final String FILING = "FILING";
    public static final String COMPETENT = "COMPETENT";

    /** Filing node: waiting for delivery. */
    public static final String FORWARDING = "FORWARDING";
    /** Filing node: the partner signed a receipt; competent node: received. */
    public static final String DELIVERED = "DELIVERED";
    /** Filing node: the partner (or this node, before sending) refused it; it went back to the counter. */
    public static final String REFUSED = "REFUSED";

    @Id
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "case_role")
    public String caseRole;
    public String partner;
    public String reference;
    @Column(name = "service_code")
    public String serviceCode;
    @Column(name = "filed_on")
    public String filedOn;
    @Column(name = "agreement_id")
    public String agreementId;
    public String state;
    @Column(name = "receipt_id")
    public String receiptId;
    public String refusal;
    public String withheld;
    @Column(name = "updated_at")
    public long updatedAt;
}
