package id.simpul.federation.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.federation.FederationDataException;
import id.simpul.federation.NodeKeyException;
import id.simpul.sdk.region.RegionCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeIdentityTest {

    private static final RegionCode KUBU_RAYA = RegionCode.parse("61.12");

    @TempDir
    Path data;

    @Test
    void loadOrCreate_firstStart_createsKeyAndLaterStartsLoadTheSameKey() {
        NodeIdentity first = NodeIdentity.loadOrCreate(KUBU_RAYA, data);
        NodeIdentity second = NodeIdentity.loadOrCreate(KUBU_RAYA, data);

        assertThat(Files.exists(NodeIdentity.keyFile(KUBU_RAYA, data))).isTrue();
        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.signingKey()).isEqualTo(first.signingKey());
    }

    @Test
    void loadOrCreate_keyFileAndFolder_areOwnerOnly() throws Exception {
        NodeIdentity.loadOrCreate(KUBU_RAYA, data);
        Path file = NodeIdentity.keyFile(KUBU_RAYA, data);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(file.getFileName().toString());
        }
    }

    @Test
    void loadOrCreate_keyReadableByGroup_isRefusedWithChmodAdvice() throws Exception {
        NodeIdentity.loadOrCreate(KUBU_RAYA, data);
        Path file = NodeIdentity.keyFile(KUBU_RAYA, data);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(() -> NodeIdentity.loadOrCreate(KUBU_RAYA, data))
                .isInstanceOfSatisfying(NodeKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo("federation.key.permissions");
                    assertThat(e.getMessage()).contains("chmod 600");
                    assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("chmod 600");
                });
    }

    @Test
    void loadOrCreate_keyFileOfAnotherNode_isRefused() throws Exception {
        NodeIdentity.loadOrCreate(KUBU_RAYA, data);
        RegionCode kapuasHulu = RegionCode.parse("61.06");
        Files.copy(NodeIdentity.keyFile(KUBU_RAYA, data), NodeIdentity.keyFile(kapuasHulu, data));

        assertThatThrownBy(() -> NodeIdentity.loadOrCreate(kapuasHulu, data))
                .isInstanceOfSatisfying(NodeKeyException.class, e -> assertThat(e.code()).isEqualTo("federation.key.owner"));
    }

    @Test
    void loadOrCreate_damagedFile_isRefusedWithoutShowingItsContent() throws Exception {
        Path file = NodeIdentity.keyFile(KUBU_RAYA, data);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"owner\":\"node:61.12\",\"key\":{\"kty\":\"EC\",\"secret\":\"s3cr3t\"}}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> NodeIdentity.loadOrCreate(KUBU_RAYA, data))
                .isInstanceOfSatisfying(NodeKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo("federation.key.damaged");
                    assertThat(e.getMessage()).doesNotContain("s3cr3t");
                });
    }

    @Test
    void loadOrCreate_concurrentFirstStarts_allEndWithOneKey() throws Exception {
        int n = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            Callable<String> task = () -> {
                start.await();
                return NodeIdentity.loadOrCreate(KUBU_RAYA, data).keyId();
            };
            List<Future<String>> results = IntStream.range(0, n).mapToObj(i -> pool.submit(task)).toList();
            start.countDown();
            List<String> kids = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
            assertThat(kids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toStringAndPublicJwk_neverShowThePrivateKey() {
        NodeIdentity node = NodeIdentity.loadOrCreate(KUBU_RAYA, data);
        String privatePart = node.signingKey().getD().toString();

        assertThat(node.toString()).contains("61.12").doesNotContain(privatePart);
        assertThat(node.publicJwk().isPrivate()).isFalse();
        assertThat(node.publicJwk().toJSONString()).doesNotContain(privatePart).doesNotContain("\"d\"");
        assertThat(node.keyId()).isEqualTo(node.publicJwk().getKeyID());
    }

    @Test
    void loadOrCreate_kecamatanCode_isRefused() {
        assertThatThrownBy(() -> NodeIdentity.loadOrCreate(RegionCode.parse("61.12.01"), data))
                .isInstanceOf(FederationDataException.class);
    }
}
