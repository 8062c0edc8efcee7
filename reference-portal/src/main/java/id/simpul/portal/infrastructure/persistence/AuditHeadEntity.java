package id.simpul.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row holding the end of the audit chain; locking it orders all audited changes. */
@Entity
@Table(name = "audit_head")
public class AuditHeadEntity {

    public static final int ID = 1;

    @Id
    public int id;
    @Column(name = "last_seq")
    public long lastSeq;
    @Column(name = "last_hash")
    public String lastHash;
}
