package id.simpul.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One link of the audit chain. Holds no personal data: actors are ids, entities are request ids. */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {

    @Id
    public long seq;
    @Column(name = "occurred_at")
    public long occurredAt;
    public String actor;
    public String action;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public String entityId;
    @Column(name = "before_status")
    public String beforeStatus;
    @Column(name = "after_status")
    public String afterStatus;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
}
