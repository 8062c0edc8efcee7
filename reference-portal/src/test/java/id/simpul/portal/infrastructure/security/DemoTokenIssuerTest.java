package id.simpul.portal.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.portal.application.Role;
import id.simpul.sdk.region.RegionCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTokenIssuerTest {

    @TempDir
    Path data;

    @BeforeEach
    void useTempDataFolder() {
        System.setProperty("simpul.data.dir", data.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("simpul.data.dir");
    }

    @Test
    void issue_tokenVerifiesWithThePublishedPublicKey_andCarriesRolesAndAgency() throws Exception {
        DemoKeys keys = DemoKeys.inDataFolder();
        DemoUsers.DemoUser officer = DemoUsers.find(RegionCode.parse("61.12"), "petugas-disdukcapil").orElseThrow();

        String token = new DemoTokenIssuer(keys).issue(officer, Instant.parse("2026-12-01T00:00:00Z"));

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey(keys.publicKeyPem()));
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"groups\":[\"OFFICER\"]").contains("\"agency\":\"61.12-disdukcapil\"")
                .contains("\"iss\":\"" + DemoKeys.ISSUER + "\"");
    }

    @Test
    void inDataFolder_secondStart_reusesTheSameKeys() {
        assertThat(DemoKeys.inDataFolder().publicKeyPem()).isEqualTo(DemoKeys.inDataFolder().publicKeyPem());
    }

    @Test
    void demoUsers_coverEveryRole() {
        assertThat(DemoUsers.of(RegionCode.parse("61.12")).stream().flatMap(u -> u.roles().stream()))
                .contains(Role.values());
    }

    private static PublicKey publicKey(String pem) throws Exception {
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
