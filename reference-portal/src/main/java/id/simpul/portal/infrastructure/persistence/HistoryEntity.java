package id.simpul.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of a request's history, in order ({@code entryNo} from 0). */
@Entity
@Table(name = "request_history")
public class HistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "history_seq")
    @SequenceGenerator(name = "history_seq", sequenceName = "history_seq", allocationSize = 50)
    public Long id;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "entry_no")
    public int entryNo;
    public String action;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    @Column(name = "actor_id")
    public String actorId;
    @Column(name = "actor_role")
    public String actorRole;
    @Column(name = "occurred_at")
    public long occurredAt;
    public String reason;
}
