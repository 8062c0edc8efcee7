package id.simpul.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The first answer to a transition sent with an {@code Idempotency-Key}, replayed on a retry. */
@Entity
@Table(name = "transition_record")
@IdClass(TransitionRecordEntity.Key.class)
public class TransitionRecordEntity {

    @Id
    public String caller;
    @Id
    @Column(name = "idem_key")
    public String idemKey;
    @Column(name = "body_sha256")
    public String bodySha256;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "response_body")
    public String responseBody;
    @Column(name = "created_at")
    public long createdAt;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String caller;
        public String idemKey;

        public Key() {
        }

        public Key(String caller, String idemKey) {
            this.caller = caller;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caller, k.caller) && Objects.equals(idemKey, k.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idemKey);
        }
    }
}
