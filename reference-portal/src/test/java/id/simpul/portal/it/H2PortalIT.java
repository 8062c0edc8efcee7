package id.simpul.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.adapters.simulator.SyntheticPeople;
import id.simpul.adapters.simulator.SyntheticPerson;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The API rules against the default H2 file database, and the demo Dukcapil verification. */
class H2PortalIT extends PortalApiContract {

    /** The demo node's embedded Dukcapil simulator: the simulator's default seed and size. */
    private static final long DEMO_SEED = 42;
    private static final int DEMO_PEOPLE = 200;

    @Override
    PortalProcess portal() {
        return Portals.h2();
    }

    @Test
    void populationVerification_residentTheRegistryKnowsIsVerified_unknownNikFails() {
        SyntheticPerson resident = SyntheticPeople.generate(DEMO_SEED, DEMO_PEOPLE).stream()
                .filter(p -> p.nik().value().startsWith("6112"))
                .findFirst().orElseThrow();
        String known = submitKtpFor(resident.nik().value());
        String unknown = submitKtpFor(NIK);

        assertThat(verificationAfterPending(known)).isEqualTo("VERIFIED");
        assertThat(verificationAfterPending(unknown)).isEqualTo("FAILED");
        Api.Reply audit = api.get("/api/v1/audit/verify", "admin");
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.json()).containsEntry("intact", true);
    }

    private String submitKtpFor(String nik) {
        String body = "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\","
                + "\"form\":{\"nik\":\"" + nik + "\",\"alasan\":\"HILANG\"},"
                + "\"documents\":[{\"code\":\"sktlk\",\"issuedOn\":\"" + today() + "\"},{\"code\":\"kk\"}]}";
        Api.Reply r = api.submit("warga", key(), body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json()).containsEntry("verification", "PENDING");
        return (String) r.json().get("id");
    }

    /** Polls the request until the outbox has delivered its verification (bounded: 60 s). */
    private String verificationAfterPending(String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Api.Reply r = api.get("/api/v1/requests/" + id, "warga");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            String verification = (String) r.json().get("verification");
            if (!"PENDING".equals(verification) || System.nanoTime() > deadline) {
                return verification;
            }
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
    }
}
