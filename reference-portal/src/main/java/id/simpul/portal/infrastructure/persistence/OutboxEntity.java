package id.simpul.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A message that must leave the node, written in the transaction of the change it reports. */
@Entity
@Table(name = "outbox_message")
public class OutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
    @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
    public Long id;
    public String topic;
    @Column(name = "aggregate_id")
    public String aggregateId;
    @Column(name = "dedup_key")
    public String dedupKey;
    public String payload;
    @Column(name = "created_at")
    public long createdAt;
    public int attempts;
    @Column(name = "next_attempt_at")
    public long nextAttemptAt;
    @Column(name = "delivered_at")
    public Long deliveredAt;
    @Column(name = "last_error")
    public String lastError;
}
