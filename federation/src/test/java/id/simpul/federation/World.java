package id.simpul.federation;

import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryAgreement;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.federation.directory.DirectoryParty;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.internal.KeyFiles;
import id.simpul.federation.message.CaseRef;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.InMemorySeenMessageStore;
import id.simpul.federation.message.MessageSigner;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small federation for tests: Kubu Raya, Kapuas Hulu, Sambas and Kapuas with fresh keys, and
 * agreements in force (Kubu Raya–Kapuas Hulu), expired (Kubu Raya–Sambas), not yet in force
 * (Kubu Raya–Kapuas from 2026-06-01). Demo data, not real agreements.
 */
public final class World {

    public static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    public static final RegionCode KUBU_RAYA = RegionCode.parse("61.12");
    public static final RegionCode KAPUAS_HULU = RegionCode.parse("61.06");
    public static final RegionCode SAMBAS = RegionCode.parse("61.01");
    public static final RegionCode KAPUAS = RegionCode.parse("62.03");
    public static final RegionCode SANGGAU = RegionCode.parse("61.03");
    public static final ServiceCode KTP = ServiceCode.of("ADM-KTP-HILANG");
    public static final ServiceCode KK = ServiceCode.of("ADM-KK");
    public static final ServiceCode PBG = ServiceCode.of("PRZ-PBG");

    public final MutableClock clock = new MutableClock(NOW);
    public final ECKey authority = KeyFiles.generate();
    private final Map<RegionCode, NodeIdentity> nodes = new LinkedHashMap<>();

    public World() {
        for (RegionCode c : List.of(KUBU_RAYA, KAPUAS_HULU, SAMBAS, KAPUAS, SANGGAU)) {
            nodes.put(c, NodeIdentity.of(c, KeyFiles.generate()));
        }
    }

    public NodeIdentity node(RegionCode code) {
        return nodes.get(code);
    }

    public Directory.Builder directoryBuilder() {
        return directoryBuilder(Map.of());
    }

    /** The test directory with some nodes' base URLs replaced, e.g. by loopback servers' real ports. */
    public Directory.Builder directoryBuilder(Map<RegionCode, URI> urls) {
        Directory.Builder b = Directory.builder().sequence(10).issuedAt(NOW.minus(Duration.ofDays(1)))
                .expiresAt(NOW.plus(Duration.ofDays(30)));
        int port = 8101;
        for (NodeIdentity n : nodes.values()) {
            URI url = urls.getOrDefault(n.code(), URI.create("http://127.0.0.1:" + port++ + "/"));
            b.node(new DirectoryNode(n.code(), "Kabupaten " + n.code().value(), url,
                    n.publicJwk(), Instant.parse("2025-01-01T00:00:00Z"), null));
        }
        b.agreement(agreement("pks-kubu-raya-kapuas-hulu", KUBU_RAYA, KAPUAS_HULU, "2025-02-01", "2027-12-31", null));
        b.agreement(agreement("pks-kubu-raya-sambas", KUBU_RAYA, SAMBAS, "2023-01-01", "2024-12-31", null));
        b.agreement(agreement("pks-kubu-raya-kapuas", KUBU_RAYA, KAPUAS, "2026-06-01", "2028-05-31", null));
        b.agreement(agreement("pks-kubu-raya-sanggau", KUBU_RAYA, SANGGAU, "2025-01-01", "2027-12-31", "2026-01-01"));
        return b;
    }

    public Directory directory() {
        return directoryBuilder().build();
    }

    public static DirectoryAgreement agreement(String id, RegionCode a, RegionCode b, String from, String until,
            String terminated) {
        Set<String> services = Set.of(KTP.value(), KK.value());
        Set<String> fields = Set.of("nik", "alasan");
        return new DirectoryAgreement(id, "Nomor 100.3.7/" + id + "/PKS-DEMO (contoh)", LocalDate.parse(from).minusDays(10),
                LocalDate.parse(from), LocalDate.parse(until), terminated == null ? null : LocalDate.parse(terminated),
                List.of(DirectoryParty.of(a.value(), services, fields), DirectoryParty.of(b.value(), services, fields)));
    }

    public MessageSigner signer(RegionCode code) {
        return MessageSigner.of(node(code));
    }

    public MessageVerifier verifier(RegionCode code, Directory directory, InMemorySeenMessageStore store) {
        return MessageVerifier.builder().self(signer(code)).directory(() -> directory).store(store).clock(clock)
                .maxSkew(Duration.ofMinutes(2)).zone(ZoneId.of("Asia/Jakarta")).build();
    }

    /** A forward from the filing regency's node to the subject regency's node, filed today. */
    public Envelope forward(RegionCode filing, RegionCode subject, ServiceCode service, Map<String, ?> fields) {
        return Envelope.builder().type(MessageType.FORWARD_REQUEST).sender(filing).receiver(subject)
                .sentAt(clock.instant())
                .caseRef(new CaseRef(filing, subject, service, LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Jakarta")),
                        "REG-2026-000123"))
                .payload(Map.of("fields", fields)).build();
    }

    /** A settable clock; tests move it explicitly, never by sleeping. */
    public static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        public MutableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        public void set(Instant instant) {
            now.set(instant);
        }

        public void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
