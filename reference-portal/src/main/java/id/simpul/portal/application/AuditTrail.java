package id.simpul.portal.application;

import id.simpul.portal.infrastructure.persistence.AuditHeadEntity;
import id.simpul.portal.infrastructure.persistence.AuditRecordEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only, hash-chained audit log. Each record's hash covers its content and the previous
 * record's hash, and the head row remembers the last link, so {@link #verify()} finds a changed, a
 * removed, an inserted or a truncated record and names it. Records hold ids and statuses, never
 * personal data.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String GENESIS = "0".repeat(64);
    private static final int PAGE = 500;

    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    /** Locks the head of the chain for the current transaction, ordering concurrent writers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditHeadEntity lockHead() {
        return em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Appends one record; the caller's transaction must hold the head lock ({@link #lockHead()}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditHeadEntity head, long at, String actor, String action, String entityType, String entityId,
            String before, String after) {
        AuditRecordEntity r = new AuditRecordEntity();
        r.seq = head.lastSeq + 1;
        r.occurredAt = at;
        r.actor = actor;
        r.action = action;
        r.entityType = entityType;
        r.entityId = entityId;
        r.beforeStatus = before;
        r.afterStatus = after;
        r.prevHash = head.lastHash;
        r.hash = hash(r);
        em.persist(r);
        head.lastSeq = r.seq;
        head.lastHash = r.hash;
    }

    /** The verdict on the whole chain. */
    public record Verification(boolean intact, long records, List<Finding> findings) {
    }

    /** One broken link: the sequence number and what is wrong there. */
    public record Finding(long seq, String problem) {
    }

    @Transactional
    public Verification verify() {
        // holding the head's lock keeps writers out while the chain is read: a record committed between
        // reading the head and reading the records would otherwise look inserted beyond the end
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        List<Finding> findings = new ArrayList<>();
        long expected = 1;
        String prev = GENESIS;
        long count = 0;
        long lastSeen = 0;
        while (true) {
            List<AuditRecordEntity> page = em.createQuery(
                    "select r from AuditRecordEntity r where r.seq > :after order by r.seq", AuditRecordEntity.class)
                    .setParameter("after", lastSeen).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (AuditRecordEntity r : page) {
                count++;
                if (r.seq > head.lastSeq) {
                    findings.add(new Finding(r.seq, "INSERTED: the record lies beyond the end of the chain"));
                } else if (r.seq != expected) {
                    findings.add(new Finding(expected, "REMOVED: records " + expected + " to " + (r.seq - 1)
                            + " are missing"));
                } else if (!r.prevHash.equals(prev)) {
                    findings.add(new Finding(r.seq, "LINK BROKEN: the record does not follow the record before it"));
                }
                if (!hash(r).equals(r.hash)) {
                    findings.add(new Finding(r.seq, "CHANGED: the content does not match its hash"));
                }
                expected = r.seq + 1;
                prev = r.hash;
                lastSeen = r.seq;
                em.detach(r);
            }
        }
        if (lastSeen < head.lastSeq) {
            findings.add(new Finding(lastSeen + 1, "REMOVED: records " + (lastSeen + 1) + " to " + head.lastSeq
                    + " at the end of the chain are missing"));
        } else if (lastSeen == head.lastSeq && !prev.equals(head.lastHash)) {
            findings.add(new Finding(lastSeen, "CHANGED: the last record is not the one the chain ends with"));
        }
        return new Verification(findings.isEmpty(), count, List.copyOf(findings));
    }

    static String hash(AuditRecordEntity r) {
        String content = String.join("|", r.prevHash, Long.toString(r.seq), Long.toString(r.occurredAt), r.actor,
                r.action, r.entityType, r.entityId, String.valueOf(r.beforeStatus), String.valueOf(r.afterStatus));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
