package id.simpul.portal.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.simpul.portal.application.Role;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.config.ConfigurationLoader;
import id.simpul.sdk.config.RegencyConfiguration;
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

    private static final RegencyConfiguration DEMO = ConfigurationLoader.official().loadDemo();
    private static final AgencyId MPP = AgencyId.of("61.12-mpp");

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
        DemoUsers.DemoUser officer = DemoUsers.find(DEMO, MPP, "petugas-disdukcapil").orElseThrow();

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
        assertThat(DemoUsers.of(DEMO, MPP).stream().flatMap(u -> u.roles().stream())).contains(Role.values());
    }

    @Test
    void demoUsers_officersBelongToOfficesOfTheConfiguration() {
        assertThat(DemoUsers.of(DEMO, MPP)).filteredOn(u -> u.agency() != null)
                .allSatisfy(u -> assertThat(DEMO.agency(AgencyId.of(u.agency()))).isPresent());
        assertThat(DemoUsers.of(DEMO, MPP)).extracting(DemoUsers.DemoUser::username, DemoUsers.DemoUser::agency)
                .contains(tuple("petugas-disdukcapil", "61.12-disdukcapil"), tuple("petugas-dpmptsp", "61.12-dpmptsp"),
                        tuple("petugas-kecamatan", "61.12.01-kecamatan"),
                        tuple("petugas-kecamatan-b", "61.12.03-kecamatan"), tuple("petugas-mpp", "61.12-mpp"));
    }

    @Test
    void demoUsers_ofAnotherNode_areThatNodesOffices() {
        RegencyConfiguration kapuasHulu = DEMO.asNode(RegionCode.parse("61.06"));

        assertThat(DemoUsers.of(kapuasHulu, AgencyId.of("61.06-mpp"))).filteredOn(u -> u.agency() != null)
                .allSatisfy(u -> assertThat(u.agency()).startsWith("61.06"));
    }

    private static PublicKey publicKey(String pem) throws Exception {
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
