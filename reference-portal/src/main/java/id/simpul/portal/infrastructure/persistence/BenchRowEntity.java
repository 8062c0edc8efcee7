package id.simpul.portal.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A row written by the benchmark baseline endpoint: the cheapest possible persisted request. */
@Entity
@Table(name = "bench_row")
public class BenchRowEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_seq")
    @SequenceGenerator(name = "bench_seq", sequenceName = "bench_seq", allocationSize = 50)
    public Long id;
    public String label;
    @Column(name = "created_at")
    public long createdAt;
}
