package id.simpul.federation.http;

import static id.simpul.federation.World.KAPUAS_HULU;
import static id.simpul.federation.World.KTP;
import static id.simpul.federation.World.KUBU_RAYA;
import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.federation.World;
import id.simpul.federation.directory.AgreementCoverage;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.message.CaseRef;
import id.simpul.federation.message.DataMinimiser;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.InMemorySeenMessageStore;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.federation.message.Verification;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The story on two loopback nodes: a Kapuas Hulu resident files at the Kubu Raya MPP; only
 * the agreed fields travel; Kapuas Hulu acknowledges, decides, pushes the status back; Kubu Raya
 * also asks for it. Both nodes end knowing the decided status.
 */
class WalkThroughTest {

    private final World world = new World();
    private final AtomicReference<Directory> directory = new AtomicReference<>();
    private final Map<String, String> statusAtKapuasHulu = new ConcurrentHashMap<>();
    private final Map<String, String> statusAtKubuRaya = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> formAtKapuasHulu = new ConcurrentHashMap<>();

    @Test
    void residentOfKapuasHuluFilesAtKubuRaya_decidedStatusIsKnownAtBothNodes() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (LoopbackNode kapuasHulu = new LoopbackNode(world, KAPUAS_HULU, directory::get, competentSide());
             LoopbackNode kubuRaya = new LoopbackNode(world, KUBU_RAYA, directory::get, filingSide())) {
            URI kh = kapuasHulu.start(0);
            URI kr = kubuRaya.start(0);
            directory.set(world.directoryBuilder(Map.of(KAPUAS_HULU, kh, KUBU_RAYA, kr)).build());
            FederationClient fromKubuRaya = FederationClient.of(world.signer(KUBU_RAYA), directory::get, http, Duration.ofSeconds(5));
            FederationClient fromKapuasHulu = FederationClient.of(world.signer(KAPUAS_HULU), directory::get, http, Duration.ofSeconds(5));

            LocalDate today = LocalDate.ofInstant(world.clock.instant(), ZoneId.of("Asia/Jakarta"));
            AgreementCoverage coverage = directory.get().coverage(KUBU_RAYA, KAPUAS_HULU, KTP, today);
            assertThat(coverage.covered()).isTrue();
            Map<String, Object> form = Map.of("nik", "6106010101900001", "alasan", "hilang", "nama_ibu", "SITI AMINAH");
            DataMinimiser.Minimised minimised = DataMinimiser.minimise(form, coverage);
            CaseRef c = new CaseRef(KUBU_RAYA, KAPUAS_HULU, KTP, today, "6112-2026-000777");
            statusAtKubuRaya.put(c.reference(), "FORWARDED");

            fromKubuRaya.send(envelope(MessageType.FORWARD_REQUEST, KUBU_RAYA, KAPUAS_HULU, c, Map.of("fields", minimised.fields())));
            fromKapuasHulu.send(envelope(MessageType.ACKNOWLEDGEMENT, KAPUAS_HULU, KUBU_RAYA, c,
                    Map.of("remoteReference", "6106-2026-000123")));
            statusAtKapuasHulu.put(c.reference(), "COMPLETED");
            fromKapuasHulu.send(envelope(MessageType.STATUS_UPDATE, KAPUAS_HULU, KUBU_RAYA, c,
                    Map.of("status", "COMPLETED", "changedAt", world.clock.instant().toString())));
            MessageVerifier kubuRayaSelf = MessageVerifier.builder().self(world.signer(KUBU_RAYA)).directory(directory::get)
                    .store(new InMemorySeenMessageStore()).clock(world.clock).build();
            Verification queried = fromKubuRaya.query(envelope(MessageType.STATUS_QUERY, KUBU_RAYA, KAPUAS_HULU, c, Map.of()),
                    kubuRayaSelf);

            assertThat(formAtKapuasHulu.get(c.reference())).containsOnlyKeys("nik", "alasan");
            assertThat(minimised.withheld()).containsExactly("nama_ibu");
            assertThat(statusAtKubuRaya).containsEntry(c.reference(), "COMPLETED");
            assertThat(queried.envelope().payload()).containsEntry("status", "COMPLETED");
        }
    }

    private FederationEndpoint.Handler competentSide() {
        return new FederationEndpoint.Handler() {
            @Override
            public void accept(Verification message) {
                formAtKapuasHulu.put(message.envelope().caseRef().reference(), message.envelope().fields());
                statusAtKapuasHulu.put(message.envelope().caseRef().reference(), "SUBMITTED");
            }

            @Override
            public Optional<Envelope> status(Verification query) {
                CaseRef c = query.envelope().caseRef();
                return Optional.ofNullable(statusAtKapuasHulu.get(c.reference())).map(s -> envelope(MessageType.STATUS_UPDATE,
                        KAPUAS_HULU, KUBU_RAYA, c, Map.of("status", s, "changedAt", world.clock.instant().toString())));
            }
        };
    }

    private FederationEndpoint.Handler filingSide() {
        return new FederationEndpoint.Handler() {
            @Override
            public void accept(Verification message) {
                if (message.envelope().type() == MessageType.STATUS_UPDATE) {
                    statusAtKubuRaya.put(message.envelope().caseRef().reference(),
                            (String) message.envelope().payload().get("status"));
                }
            }

            @Override
            public Optional<Envelope> status(Verification query) {
                return Optional.empty();
            }
        };
    }

    private Envelope envelope(MessageType type, id.simpul.sdk.region.RegionCode from, id.simpul.sdk.region.RegionCode to,
            CaseRef c, Map<String, ?> payload) {
        return Envelope.builder().type(type).sender(from).receiver(to).sentAt(world.clock.instant()).caseRef(c)
                .payload(payload).build();
    }
}
