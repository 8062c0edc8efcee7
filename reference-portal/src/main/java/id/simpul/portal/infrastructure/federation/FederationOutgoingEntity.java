package id.simpul.portal.infrastructure.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to a partner node, stored once and sent unchanged (with a fresh send time) on every retry. */
@Entity
@Table(name = "federation_outgoing")
public class FederationOutgoingEntity {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String REFUSED = "REFUSED";

    @Id
    @Column(name = "dedup_key")
    public String dedupKey;
    @Column(name = "message_id")
    public String messageId;
    public String partner;
    public String kind;
    @Column(name = "request_id")
    public String requestId;
    public String envelope;
    public String state;
    public String receipt;
    public String refusal;
    @Column(name = "created_at")
    public long createdAt;
    @Column(name = "updated_at")
    public long updatedAt;
}
