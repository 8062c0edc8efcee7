package id.simpul.portal.infrastructure.federation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One thing that happened to a federation message, in or out; never its payload. */
@Entity
@Table(name = "federation_event")
public class FederationEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "federation_event_seq")
    @SequenceGenerator(name = "federation_event_seq", sequenceName = "federation_event_seq", allocationSize = 50)
    public Long id;
    @Column(name = "occurred_at")
    public long occurredAt;
    /** {@code IN} or {@code OUT}. */
    public String direction;
    public String partner;
    public String kind;
    @Column(name = "message_id")
    public String messageId;
    public String reference;
    /** ACCEPTED, DUPLICATE, REFUSED (in); DELIVERED, RETRY, REFUSED (out). */
    public String outcome;
    public String refusal;
    public String detail;
}
