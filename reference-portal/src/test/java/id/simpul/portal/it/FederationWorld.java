package id.simpul.portal.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryAgreement;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.federation.directory.DirectoryParty;
import id.simpul.federation.directory.DirectorySigner;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.message.MessageSigner;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The federation the integration tests run in: a directory authority, the node keys (the real
 * portals' keys are created here in their data folders, where the portals find them), and the signed
 * directory file the portals are configured with. Nodes the tests play themselves sign with
 * {@link #signer}.
 *
 * <p>Agreements, all with Kapuas Hulu 61.06 (the node under test):
 * <ul>
 *   <li>Kubu Raya 61.12: the demo agreement (in force 2025-02-01..2027-12-31);</li>
 *   <li>Kapuas 62.03 (played by the tests): in force, ADM-KTP-HILANG and ADM-KK, fields nik and alasan;</li>
 *   <li>Sambas 61.01: expired at the end of 2024; Bengkayang 61.07: in force only from 2099;</li>
 *   <li>Landak 61.08 is a node without any agreement.</li>
 * </ul>
 */
final class FederationWorld {

    static final RegionCode KUBU_RAYA = RegionCode.parse("61.12");
    static final RegionCode KAPUAS_HULU = RegionCode.parse("61.06");
    static final RegionCode KAPUAS = RegionCode.parse("62.03");
    static final RegionCode SAMBAS = RegionCode.parse("61.01");
    static final RegionCode BENGKAYANG = RegionCode.parse("61.07");
    static final RegionCode LANDAK = RegionCode.parse("61.08");

    final Path dir;
    final ECKey authority;
    final Map<RegionCode, NodeIdentity> identities = new LinkedHashMap<>();
    final Map<RegionCode, Integer> ports;
    private String signedDirectory;
    private final String kapuasView;

    FederationWorld(Path dir, Map<RegionCode, Integer> ports) {
        this.dir = dir;
        this.ports = Map.copyOf(ports);
        try {
            Files.createDirectories(dir);
            ECKey generated = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).generate();
            authority = new ECKey.Builder(generated).keyIDFromThumbprint().build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        for (RegionCode code : List.of(KUBU_RAYA, KAPUAS_HULU, KAPUAS, SAMBAS, BENGKAYANG, LANDAK)) {
            identities.put(code, NodeIdentity.loadOrCreate(code, dataDir(code)));
        }
        writeDirectory(sign(1, false));
        kapuasView = sign(2, true);
    }

    /**
     * The directory as Kapuas 62.03 (played by the tests) sees it: a newer one in which the
     * Kapuas–Kubu Raya agreement ended yesterday, while Kubu Raya still trusts the one in which it is
     * in force: the partner refuses what the filing node thinks is covered.
     */
    String kapuasView() {
        return kapuasView;
    }

    Path dataDir(RegionCode code) {
        return dir.resolve("node-" + code.value());
    }

    Path directoryFile() {
        return dir.resolve("directory.jws");
    }

    Path authorityFile() {
        return dir.resolve("authority.jwk.json");
    }

    MessageSigner signer(RegionCode code) {
        return MessageSigner.of(identities.get(code));
    }

    /** What the portals need to join this federation. */
    Map<String, String> environment(RegionCode node) {
        return Map.of("SIMPUL_NODE_REGION", node.value(),
                "SIMPUL_FEDERATION_DIRECTORY", directoryFile().toString(),
                "SIMPUL_FEDERATION_AUTHORITY_KEY", authorityFile().toString(),
                "SIMPUL_FEDERATION_REFRESH_SECONDS", "3600",
                "SIMPUL_FEDERATION_TIMEOUT_MS", "3000",
                "SIMPUL_OUTBOX_POLL_SECONDS", "1",
                "SIMPUL_OUTBOX_BACKOFF_INITIAL_SECONDS", "1",
                "SIMPUL_OUTBOX_BACKOFF_MAX_SECONDS", "3");
    }

    /** The directory as signed, with one character of its payload changed: the signature no longer fits. */
    void writeTamperedDirectory() {
        String[] parts = signedDirectory.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Kabupaten Kapuas Hulu", "Kabupaten Kapuas Hilir");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        write(directoryFile(), forged);
    }

    void writeGoodDirectory() {
        write(directoryFile(), signedDirectory);
    }

    private void writeDirectory(String jws) {
        signedDirectory = jws;
        write(directoryFile(), jws);
        write(authorityFile(), authority.toPublicJWK().toJSONString());
    }

    private String sign(long sequence, boolean kapuasKubuRayaEnded) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Directory.Builder b = Directory.builder().sequence(sequence).issuedAt(now.minusSeconds(60))
                .expiresAt(now.plus(30, ChronoUnit.DAYS));
        Map<RegionCode, String> names = Map.of(KUBU_RAYA, "Kabupaten Kubu Raya", KAPUAS_HULU, "Kabupaten Kapuas Hulu",
                KAPUAS, "Kabupaten Kapuas", SAMBAS, "Kabupaten Sambas", BENGKAYANG, "Kabupaten Bengkayang",
                LANDAK, "Kabupaten Landak");
        identities.forEach((code, id) -> b.node(new DirectoryNode(code, names.get(code),
                URI.create("http://127.0.0.1:" + ports.getOrDefault(code, 9) + "/"), id.publicJwk(),
                now.minus(1, ChronoUnit.DAYS), null)));
        Set<String> demoFields = Set.of("nik", "alasan", "tanggal_kejadian", "nik_kepala_keluarga", "jenis_permohonan",
                "tanggal_lahir", "tempat_lahir", "wilayah_tujuan", "alasan_pindah");
        Set<String> demoServices = Set.of("ADM-KTP-HILANG", "ADM-KK", "ADM-AKTA-LAHIR", "ADM-PINDAH");
        b.agreement(agreement("pks-kubu-raya-kapuas-hulu", LocalDate.of(2025, 2, 1), LocalDate.of(2027, 12, 31),
                KUBU_RAYA, demoServices, demoFields));
        // the demo agreement Kapuas - Kubu Raya (as in sdk-config's demo), or ended yesterday
        Set<ServiceCode> kapuasServices = Set.of(ServiceCode.of("ADM-AKTA-LAHIR"), ServiceCode.of("ADM-AKTA-MATI"),
                ServiceCode.of("ADM-PINDAH"));
        Set<String> kapuasFields = Set.of("tanggal_lahir", "tempat_lahir", "tanggal_kematian", "nik", "wilayah_tujuan",
                "alasan_pindah");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        b.agreement(new DirectoryAgreement("pks-kapuas-kubu-raya", "Nomor IT/pks-kapuas-kubu-raya",
                LocalDate.of(2025, 5, 12), LocalDate.of(2025, 6, 1),
                kapuasKubuRayaEnded ? today.minusDays(1) : LocalDate.of(2028, 5, 31), null,
                List.of(new DirectoryParty(KAPUAS, kapuasServices, kapuasFields),
                        new DirectoryParty(KUBU_RAYA, kapuasServices, kapuasFields))));
        b.agreement(agreement("pks-it-kapuas-kapuas-hulu", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31),
                KAPUAS, Set.of("ADM-KTP-HILANG", "ADM-KK"), Set.of("nik", "alasan")));
        b.agreement(agreement("pks-it-sambas-kapuas-hulu", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                SAMBAS, Set.of("ADM-KTP-HILANG"), Set.of("nik", "alasan")));
        b.agreement(agreement("pks-it-bengkayang-kapuas-hulu", LocalDate.of(2099, 1, 1), null,
                BENGKAYANG, Set.of("ADM-KTP-HILANG"), Set.of("nik", "alasan")));
        return DirectorySigner.of(authority).sign(b.build());
    }

    private static DirectoryAgreement agreement(String id, LocalDate from, LocalDate until, RegionCode partner,
            Set<String> services, Set<String> fields) {
        Set<ServiceCode> codes = services.stream().map(ServiceCode::of).collect(Collectors.toSet());
        return new DirectoryAgreement(id, "Nomor IT/" + id, from.minusDays(10), from, until, null,
                List.of(new DirectoryParty(partner, codes, fields), new DirectoryParty(KAPUAS_HULU, codes, fields)));
    }

    private static void write(Path file, String text) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
