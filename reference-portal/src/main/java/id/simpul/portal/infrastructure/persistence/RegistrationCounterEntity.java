package id.simpul.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The last registration sequence handed out per regency and filing day. */
@Entity
@Table(name = "registration_counter")
@IdClass(RegistrationCounterEntity.Key.class)
public class RegistrationCounterEntity {

    @Id
    public String regency;
    @Id
    @Column(name = "filing_day")
    public String filingDay;
    @Column(name = "last_value")
    public int lastValue;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String regency;
        public String filingDay;

        public Key() {
        }

        public Key(String regency, String filingDay) {
            this.regency = regency;
            this.filingDay = filingDay;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(regency, k.regency) && Objects.equals(filingDay, k.filingDay);
        }

        @Override
        public int hashCode() {
            return Objects.hash(regency, filingDay);
        }
    }
}
