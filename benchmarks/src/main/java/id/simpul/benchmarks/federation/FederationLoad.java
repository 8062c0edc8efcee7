package id.simpul.benchmarks.federation;

import com.nimbusds.jose.jwk.ECKey;
import id.simpul.benchmarks.portal.PortalLoad;
import id.simpul.benchmarks.portal.PortalLoad.Result;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryVerifier;
import id.simpul.federation.http.FederationPaths;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.message.CaseRef;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.MessageSigner;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.Receipt;
import id.simpul.federation.message.ReceiptVerifier;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.RegistrationNumber;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded closed-loop load on a running federation node (Kapuas Hulu 61.06 of the 3-node demo), in
 * one run: (a) a local filing at that node, {@code POST /api/v1/requests} by a resident (the
 * baseline: validation, routing, SLA, request + history + audit + outbox + idempotency rows), and
 * (b) the cross-regency hop a filing at Kubu Raya adds: this program, holding Kubu Raya's node key
 * from the demo folder, signs a forward (ES256), posts it to {@code /federation/v1/requests}, and
 * verifies the signed receipt against the directory; the node verifies signature, directory,
 * skew, replay and agreement, stores the request for its office and signs the receipt, all in one
 * transaction. Both warm up together, then each is measured alone for the same time with the same
 * connections. Prints req/s, p50 and p99 for both and the ratio of throughputs.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar id.simpul.benchmarks.federation.FederationLoad
 * http://127.0.0.1:8082 target/federation-demo 8 60 30}
 */
public final class FederationLoad {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final RegionCode FILING = RegionCode.parse("61.12");
    private static final RegionCode COMPETENT = RegionCode.parse("61.06");
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final URI base;
    private final int connections;
    private final HttpClient client;
    private final String token;
    private final String localBody;
    private final MessageSigner signer;
    private final ReceiptVerifier receipts;
    private final AtomicInteger sequence = new AtomicInteger(100_000 + ThreadLocalRandom.current().nextInt(800_000));

    private FederationLoad(URI base, Path demo, int connections) throws Exception {
        this.base = base;
        this.connections = connections;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(connections)).build();
        HttpResponse<String> t = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/demo/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"warga\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(t.body());
        if (t.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No demo token (is the node in demo mode?): " + t.statusCode());
        }
        this.token = m.group(1);
        String today = LocalDate.now(JAKARTA).toString();
        this.localBody = "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.06.01\",\"form\":{\"nik\":"
                + "\"6106015705900042\",\"alasan\":\"HILANG\"},\"documents\":[{\"code\":\"sktlk\",\"issuedOn\":\""
                + today + "\"},{\"code\":\"kk\"}]}";
        this.signer = MessageSigner.of(NodeIdentity.loadOrCreate(FILING, demo.resolve(FILING.value())));
        Directory directory = DirectoryVerifier.of(ECKey.parse(Files.readString(demo.resolve("authority.jwk.json"))),
                Clock.systemUTC(), Duration.ofMinutes(2)).verify(Files.readString(demo.resolve("directory.jws")));
        this.receipts = ReceiptVerifier.of(() -> directory);
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8082");
        Path demo = Path.of(args.length > 1 ? args[1] : "target/federation-demo");
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int warmupSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int measureSeconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        FederationLoad load = new FederationLoad(base, demo, connections);
        System.out.printf("warming up both for %d s with %d connections ...%n", warmupSeconds, connections);
        load.run(Duration.ofSeconds(warmupSeconds), true, true);
        Result a = load.run(Duration.ofSeconds(measureSeconds), true, false);
        Result b = load.run(Duration.ofSeconds(measureSeconds), false, true);
        System.out.println(a.describe("(a) local filing  POST /api/v1/requests        "));
        System.out.println(b.describe("(b) forward hop   sign+POST+verify receipt      "));
        System.out.printf("(b)/(a) throughput: %.1f %%; added latency of a cross-regency filing (b): p50 %.1f ms,"
                + " p99 %.1f ms (goal p99 <= 5 ms)%n", 100.0 * b.perSecond() / a.perSecond(), b.percentileMillis(0.5),
                b.percentileMillis(0.99));
        System.exit(a.errors() + b.errors() == 0 ? 0 : 1);
    }

    private boolean local() throws Exception {
        HttpRequest r = HttpRequest.newBuilder(base.resolve("/api/v1/requests")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "load-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(localBody)).build();
        return client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
    }

    private boolean forward() throws Exception {
        LocalDate today = LocalDate.now(JAKARTA);
        String reference = RegistrationNumber.of(FILING, today, sequence.incrementAndGet()).value();
        Envelope e = Envelope.builder().type(MessageType.FORWARD_REQUEST).sender(FILING).receiver(COMPETENT)
                .sentAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .caseRef(new CaseRef(FILING, COMPETENT, ServiceCode.of("ADM-KTP-HILANG"), today, reference))
                .payload(Map.of("fields", Map.of("nik", List.of("6106015705900042"), "alasan", List.of("HILANG")),
                        "routing", Map.of("competentOffice", "61.06-disdukcapil", "filingAgency", "61.12-mpp",
                                "filingChannel", "COUNTER", "subjectRegion", "61.06.01")))
                .build();
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/" + FederationPaths.PREFIX
                        + FederationPaths.of(MessageType.FORWARD_REQUEST))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/jose").POST(HttpRequest.BodyPublishers.ofString(signer.sign(e)))
                .build();
        HttpResponse<String> resp = client.send(r, HttpResponse.BodyHandlers.ofString());
        return resp.statusCode() == 200 && receipts.verify(resp.body(), e).outcome() == Receipt.Outcome.ACCEPTED;
    }

    private Result run(Duration length, boolean useLocal, boolean useForward) throws Exception {
        return PortalLoad.closedLoop(connections, length, useLocal ? this::local : null,
                useForward ? this::forward : null);
    }
}
