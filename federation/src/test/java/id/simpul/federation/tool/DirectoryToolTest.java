package id.simpul.federation.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.ECKey;
import id.simpul.federation.World;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectorySource;
import id.simpul.federation.directory.DirectoryVerifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryToolTest {

    @TempDir
    Path dir;

    private final World.MutableClock clock = new World.MutableClock(World.NOW);
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void streams() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

    @Test
    void keygenNodeKeysBuildVerify_producesADirectoryNodesTrust() throws Exception {
        assertThat(run("keygen", "--out", dir.resolve("authority-key.json").toString())).isZero();
        String authorityPublic = out.toString(StandardCharsets.UTF_8).strip();
        Files.writeString(dir.resolve("authority.jwk.json"), authorityPublic);
        assertThat(authorityPublic).doesNotContain("\"d\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("authority-key.json"))))
                .isEqualTo("rw-------");
        node("61.12", "Kabupaten Kubu Raya", "http://127.0.0.1:8081/");
        node("61.06", "Kabupaten Kapuas Hulu", "http://127.0.0.1:8082/");
        Files.writeString(dir.resolve("agreements.json"), """
                {"agreements": [{"id": "pks-kubu-raya-kapuas-hulu", "number": "Nomor 1/PKS-DEMO/2025 (contoh demo)",
                  "signed": "2025-01-20", "effectiveFrom": "2025-02-01", "effectiveUntil": "2027-12-31",
                  "parties": [{"region": "61.12", "accepts": ["ADM-KTP-HILANG"], "sharedFields": ["nik"]},
                              {"region": "61.06", "accepts": ["ADM-KTP-HILANG"], "sharedFields": ["nik"]}]}]}
                """);

        int built = run("build", "--authority-key", dir.resolve("authority-key.json").toString(),
                "--nodes", dir.resolve("nodes").toString(), "--agreements", dir.resolve("agreements.json").toString(),
                "--out", dir.resolve("directory.jws").toString(), "--valid-days", "7");
        assertThat(built).as(err.toString(StandardCharsets.UTF_8)).isZero();

        Directory d = DirectoryVerifier.of(ECKey.parse(authorityPublic), clock, Duration.ofMinutes(2))
                .verify(DirectorySource.file(dir.resolve("directory.jws")).fetch());
        assertThat(d.nodes()).hasSize(2);
        assertThat(d.expiresAt()).isEqualTo(World.NOW.plus(Duration.ofDays(7)));
        assertThat(run("verify", "--authority-public", dir.resolve("authority.jwk.json").toString(),
                "--in", dir.resolve("directory.jws").toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("61.06 Kabupaten Kapuas Hulu");
    }

    @Test
    void nodeKey_secondRun_printsTheSameKey() {
        run("node-key", "--code", "61.12", "--data", dir.toString());
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        run("node-key", "--code", "61.12", "--data", dir.toString());

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first).contains("\"crv\":\"P-256\"").doesNotContain("\"d\"");
    }

    @Test
    void keygen_existingFile_isNotOverwritten() throws Exception {
        run("keygen", "--out", dir.resolve("k.json").toString());
        String before = Files.readString(dir.resolve("k.json"));

        assertThat(run("keygen", "--out", dir.resolve("k.json").toString())).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("k.json"))).isEqualTo(before);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("sudah ada").contains("already exists");
    }

    @Test
    void build_agreementWithPartyWithoutNode_isRefusedInBothLanguages() throws Exception {
        run("keygen", "--out", dir.resolve("k.json").toString());
        node("61.12", "Kabupaten Kubu Raya", "http://127.0.0.1:8081/");
        Files.writeString(dir.resolve("agreements.json"), """
                {"agreements": [{"id": "pks-x", "number": "Nomor 1 (contoh)", "signed": "2025-01-20",
                  "effectiveFrom": "2025-02-01", "effectiveUntil": "2027-12-31",
                  "parties": [{"region": "61.12", "accepts": [], "sharedFields": []},
                              {"region": "61.06", "accepts": [], "sharedFields": []}]}]}
                """);

        int code = run("build", "--authority-key", dir.resolve("k.json").toString(), "--nodes", dir.resolve("nodes").toString(),
                "--agreements", dir.resolve("agreements.json").toString(), "--out", dir.resolve("d.jws").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bukan simpul").contains("not a node");
        assertThat(Files.exists(dir.resolve("d.jws"))).isFalse();
    }

    @Test
    void demoAgreements_areValidAndBindTheDemoNodes() throws Exception {
        var json = id.simpul.federation.internal.JsonFields.parseObject(
                Files.readString(Path.of("demo/agreements.json")), "agreements.json");
        var agreements = id.simpul.federation.internal.JsonFields.of(json, "").objects("agreements").stream()
                .map(id.simpul.federation.directory.DirectoryAgreement::fromJson).toList();

        assertThat(agreements).extracting(id.simpul.federation.directory.DirectoryAgreement::id)
                .containsExactly("pks-kubu-raya-kapuas-hulu", "pks-kapuas-kubu-raya");
        assertThat(agreements.get(0).binds(World.KUBU_RAYA, World.KAPUAS_HULU)).isTrue();
        assertThat(agreements.get(1).binds(World.KAPUAS, World.KUBU_RAYA)).isTrue();
    }

    @Test
    void wrongUsage_exitsWithTwoAndShowsUsage() {
        assertThat(run("build", "--nodes")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("keygen").contains("perintah tidak dikenal");
    }

    private void node(String code, String name, String url) {
        int rc = run("node-key", "--code", code, "--data", dir.resolve("data-" + code).toString(), "--name", name,
                "--base-url", url, "--out", dir.resolve("nodes").resolve(code + ".json").toString());
        assertThat(rc).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private int run(String... args) {
        return new DirectoryTool(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock).run(args);
    }
}
