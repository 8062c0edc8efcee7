package id.simpul.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import id.simpul.federation.DirectoryProblem;
import id.simpul.federation.DirectoryRejectedException;
import id.simpul.federation.DirectoryUnavailableException;
import id.simpul.federation.World;
import id.simpul.federation.internal.JsonFields;
import id.simpul.federation.internal.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySigningTest {

    private final World world = new World();
    private final DirectoryVerifier verifier = DirectoryVerifier.of(world.authority.toPublicJWK(), world.clock,
            Duration.ofMinutes(2));

    @Test
    void signThenVerify_givesBackTheSameDirectory() {
        Directory d = world.directory();

        Directory verified = verifier.verify(DirectorySigner.of(world.authority).sign(d));

        assertThat(verified).isEqualTo(d);
        assertThat(verified.node(World.KAPUAS_HULU)).isPresent();
        assertThat(verified.agreements()).hasSize(4);
    }

    @Test
    void verify_tamperedPayload_isRefusedAsTampered() {
        String jws = DirectorySigner.of(world.authority).sign(world.directory());
        String[] parts = jws.split("\\.");
        String json = Base64URL.from(parts[1]).decodeToString().replace("2027-12-31", "2099-12-31");
        String tampered = parts[0] + "." + Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> verifier.verify(tampered)).satisfies(problem(DirectoryProblem.TAMPERED));
    }

    @Test
    void verify_signedByAnotherKey_isRefusedAsWrongAuthority() {
        String jws = DirectorySigner.of(KeyFiles.generate()).sign(world.directory());

        assertThatThrownBy(() -> verifier.verify(jws)).satisfies(problem(DirectoryProblem.WRONG_AUTHORITY));
    }

    @Test
    void verify_anotherKeyClaimingTheAuthorityKid_isRefusedAsTampered() throws Exception {
        ECKey impostor = new ECKey.Builder(KeyFiles.generate()).keyID(world.authority.getKeyID()).build();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType(DirectorySigner.TYPE)).keyID(impostor.getKeyID()).build(),
                new Payload(JsonFields.write(world.directory().toJson())));
        jws.sign(new ECDSASigner(impostor));

        assertThatThrownBy(() -> verifier.verify(jws.serialize())).satisfies(problem(DirectoryProblem.TAMPERED));
    }

    @Test
    void verify_hmacSigned_isRefusedAsWrongAlgorithm() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(new JOSEObjectType(DirectorySigner.TYPE)).build(),
                new Payload(JsonFields.write(world.directory().toJson())));
        jws.sign(new MACSigner(new byte[32]));

        assertThatThrownBy(() -> verifier.verify(jws.serialize())).satisfies(problem(DirectoryProblem.WRONG_ALGORITHM));
    }

    @Test
    void verify_unsignedOrGarbage_isRefusedAsMalformed() {
        String unsigned = Base64URL.encode("{\"alg\":\"none\"}") + "." + Base64URL.encode("{}") + ".";

        assertThatThrownBy(() -> verifier.verify(unsigned)).satisfies(problem(DirectoryProblem.MALFORMED));
        assertThatThrownBy(() -> verifier.verify("not a directory")).satisfies(problem(DirectoryProblem.MALFORMED));
    }

    @Test
    void verify_expiredDirectory_isRefusedAsExpired() {
        String jws = DirectorySigner.of(world.authority).sign(world.directory());
        world.clock.advance(Duration.ofDays(30));

        assertThatThrownBy(() -> verifier.verify(jws)).satisfies(problem(DirectoryProblem.EXPIRED));
    }

    @Test
    void verify_issuedInTheFutureBeyondSkew_isRefusedAsNotYetValid() {
        Directory d = world.directoryBuilder().issuedAt(World.NOW.plus(Duration.ofMinutes(3))).build();
        String jws = DirectorySigner.of(world.authority).sign(d);

        assertThatThrownBy(() -> verifier.verify(jws)).satisfies(problem(DirectoryProblem.NOT_YET_VALID));
    }

    @Test
    void verify_issuedSlightlyAheadWithinSkew_isTrusted() {
        Directory d = world.directoryBuilder().issuedAt(World.NOW.plus(Duration.ofMinutes(1))).build();

        assertThat(verifier.verify(DirectorySigner.of(world.authority).sign(d))).isEqualTo(d);
    }

    @Test
    void verify_signedButNodeWithPrivateKey_isRefusedAsInvalidContent() {
        Map<String, Object> json = world.directory().toJson();
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) ((java.util.List<Object>) json.get("nodes")).get(0);
        node.put("publicKey", KeyFiles.generate().toJSONObject());
        String jws = signRaw(json);

        assertThatThrownBy(() -> verifier.verify(jws)).satisfies(problem(DirectoryProblem.INVALID_CONTENT));
    }

    @Test
    void refusals_areBilingualAndNameTheProblem() {
        String jws = DirectorySigner.of(world.authority).sign(world.directory());
        world.clock.advance(Duration.ofDays(31));

        assertThatThrownBy(() -> verifier.verify(jws)).isInstanceOfSatisfying(DirectoryRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo("federation.directory.expired");
            assertThat(e.getMessage()).startsWith("Direktori sudah kedaluwarsa");
            assertThat(e.getMessage(Locale.ENGLISH)).startsWith("The directory expired");
        });
    }

    @Test
    void trusted_refreshWithOlderSequence_isRefusedAndTheNewerStays() {
        AtomicReference<String> published = new AtomicReference<>(sign(world.directoryBuilder().sequence(20).build()));
        TrustedDirectory trusted = TrustedDirectory.of(published::get, verifier);
        trusted.refresh();
        published.set(sign(world.directoryBuilder().sequence(19).build()));

        assertThatThrownBy(trusted::refresh).satisfies(problem(DirectoryProblem.ROLLBACK));
        assertThat(trusted.current().sequence()).isEqualTo(20);
    }

    @Test
    void trusted_failedRefresh_keepsTheLastGoodUntilItExpires() {
        AtomicReference<String> published = new AtomicReference<>(sign(world.directory()));
        TrustedDirectory trusted = TrustedDirectory.of(published::get, verifier);
        trusted.refresh();
        published.set("garbage");

        assertThatThrownBy(trusted::refresh).satisfies(problem(DirectoryProblem.MALFORMED));
        assertThat(trusted.current().sequence()).isEqualTo(10);

        world.clock.advance(Duration.ofDays(30));
        assertThatThrownBy(trusted::current).satisfies(problem(DirectoryProblem.EXPIRED));
    }

    @Test
    void trusted_beforeAnyLoad_refusesAsNotLoaded() {
        TrustedDirectory trusted = TrustedDirectory.of(() -> "x", verifier);

        assertThatThrownBy(trusted::current).satisfies(problem(DirectoryProblem.NOT_LOADED));
    }

    @Test
    void fileSource_readsTheFile_andMissingFileIsRetryableUnavailable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("directory.jws");
        Files.writeString(file, sign(world.directory()) + "\n");

        assertThat(TrustedDirectory.of(DirectorySource.file(file), verifier).refresh().sequence()).isEqualTo(10);
        assertThatThrownBy(() -> DirectorySource.file(dir.resolve("missing.jws")).fetch())
                .isInstanceOfSatisfying(DirectoryUnavailableException.class, e -> assertThat(e.retryable()).isTrue());
    }

    private String sign(Directory d) {
        return DirectorySigner.of(world.authority).sign(d);
    }

    private String signRaw(Map<String, Object> json) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .type(new JOSEObjectType(DirectorySigner.TYPE)).keyID(world.authority.getKeyID()).build(),
                    new Payload(JsonFields.write(json)));
            jws.sign(new ECDSASigner(world.authority));
            return jws.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new AssertionError(e);
        }
    }

    private static ThrowingConsumer<Throwable> problem(DirectoryProblem expected) {
        return t -> assertThat(t).isInstanceOfSatisfying(DirectoryRejectedException.class,
                e -> assertThat(e.problem()).isEqualTo(expected));
    }
}
