package id.simpul.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.portal.infrastructure.persistence.AuditRecordEntity;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static AuditRecordEntity record() {
        AuditRecordEntity r = new AuditRecordEntity();
        r.seq = 7;
        r.occurredAt = 1_796_534_005_138L;
        r.actor = "OFFICER:petugas-disdukcapil";
        r.action = "VERIFY";
        r.entityType = "service-request";
        r.entityId = "065d4107-17f3-4a0a-84d3-597e37a70e99";
        r.beforeStatus = "SUBMITTED";
        r.afterStatus = "VERIFIED";
        r.prevHash = AuditTrail.GENESIS;
        return r;
    }

    @Test
    void hash_isSha256HexOfTheRecord_andStable() {
        assertThat(AuditTrail.hash(record())).hasSize(64).matches("[0-9a-f]+").isEqualTo(AuditTrail.hash(record()));
    }

    @Test
    void hash_changesWhenAnyCoveredFieldChanges() {
        String original = AuditTrail.hash(record());
        List<Consumer<AuditRecordEntity>> changes = List.of(
                r -> r.seq = 8, r -> r.occurredAt++, r -> r.actor = "OFFICER:other", r -> r.action = "REJECT",
                r -> r.entityType = "other", r -> r.entityId = "x", r -> r.beforeStatus = "RETURNED",
                r -> r.afterStatus = "REJECTED", r -> r.prevHash = "1".repeat(64), r -> r.afterStatus = null);
        for (Consumer<AuditRecordEntity> change : changes) {
            AuditRecordEntity r = record();
            change.accept(r);
            assertThat(AuditTrail.hash(r)).isNotEqualTo(original);
        }
    }
}
