package id.simpul.benchmarks.federation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryAgreement;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.federation.directory.DirectoryParty;
import id.simpul.federation.identity.NodeIdentity;
import id.simpul.federation.message.CaseRef;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.InMemorySeenMessageStore;
import id.simpul.federation.message.MessageSigner;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.federation.message.Receipt;
import id.simpul.federation.message.ReceiptVerifier;
import id.simpul.federation.message.Verification;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * What the federation's cryptography adds to one cross-regency forward, in process (no network):
 * the filing node signs the envelope (ES256), the competent node verifies it against the directory
 * (signature, sender, skew, deduplication, agreement, allowed fields) and signs a receipt, and the
 * filing node verifies the receipt. The baseline, measured in the same run, builds the same
 * envelope and its content digest without any signature.
 *
 * <p>Run {@link #main} to print p50/p99 per operation and the ratio to the baseline. The issue's
 * goal is at most 5 ms p99 added latency per cross-regency filing, signing and verification
 * included; the loopback HTTP hop comes on top and is measured by the portal's benchmark.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FederationMessageBenchmark {

    private static final RegionCode KUBU_RAYA = RegionCode.parse("61.12");
    private static final RegionCode KAPUAS_HULU = RegionCode.parse("61.06");
    private static final ServiceCode KTP = ServiceCode.of("ADM-KTP-HILANG");
    private static final Map<String, Object> FIELDS = Map.of("nik", "6106010101900001", "alasan", "hilang",
            "tanggal_kejadian", "2026-02-27");

    private MessageSigner filing;
    private MessageVerifier competent;
    private ReceiptVerifier receipts;
    private String signedForward;

    @Setup(Level.Trial)
    public void setUp() {
        NodeIdentity kubuRaya = NodeIdentity.of(KUBU_RAYA, key());
        NodeIdentity kapuasHulu = NodeIdentity.of(KAPUAS_HULU, key());
        Instant now = Instant.now();
        Set<String> services = Set.of(KTP.value());
        Set<String> fields = FIELDS.keySet();
        Directory directory = Directory.builder().sequence(1).issuedAt(now.minus(Duration.ofDays(1)))
                .expiresAt(now.plus(Duration.ofDays(30)))
                .node(new DirectoryNode(KUBU_RAYA, "Kabupaten Kubu Raya", URI.create("http://127.0.0.1:8081/"),
                        kubuRaya.publicJwk(), now.minus(Duration.ofDays(1)), null))
                .node(new DirectoryNode(KAPUAS_HULU, "Kabupaten Kapuas Hulu", URI.create("http://127.0.0.1:8082/"),
                        kapuasHulu.publicJwk(), now.minus(Duration.ofDays(1)), null))
                .agreement(new DirectoryAgreement("pks-demo", "Nomor 1/PKS-DEMO (contoh)", LocalDate.now().minusYears(1),
                        LocalDate.now().minusYears(1), LocalDate.now().plusYears(1), null,
                        List.of(DirectoryParty.of("61.12", services, fields), DirectoryParty.of("61.06", services, fields))))
                .build();
        filing = MessageSigner.of(kubuRaya);
        competent = MessageVerifier.builder().self(MessageSigner.of(kapuasHulu)).directory(() -> directory)
                .store(new InMemorySeenMessageStore()).build();
        receipts = ReceiptVerifier.of(() -> directory);
        signedForward = filing.sign(forward());
    }

    @Benchmark
    public String baselineEnvelope() {
        return forward().contentDigest();
    }

    @Benchmark
    public String sign() {
        return filing.sign(forward());
    }

    @Benchmark
    public Receipt signVerifyReceipt() {
        Envelope sent = forward();
        Verification v = competent.verify(filing.sign(sent));
        return receipts.verify(v.receipt().compact(), sent);
    }

    @Benchmark
    public Verification verifyDuplicate() {
        return competent.verify(signedForward);
    }

    private static Envelope forward() {
        Instant now = Instant.now();
        return Envelope.builder().type(MessageType.FORWARD_REQUEST).sender(KUBU_RAYA).receiver(KAPUAS_HULU).sentAt(now)
                .caseRef(new CaseRef(KUBU_RAYA, KAPUAS_HULU, KTP, LocalDate.ofInstant(now, ZoneId.of("Asia/Jakarta")),
                        "REG-2026-000123"))
                .payload(Map.of("fields", FIELDS)).build();
    }

    private static ECKey key() {
        try {
            return new ECKey.Builder(new ECKeyGenerator(Curve.P_256).generate()).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(FederationMessageBenchmark.class.getName() + ".*").build()).run();
        Map<String, Statistics> stats = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            stats.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getStatistics());
        }
        Statistics base = stats.get("baselineEnvelope");
        System.out.println();
        System.out.println("operation              p50 us    p99 us    p99 ratio to baselineEnvelope");
        stats.forEach((name, s) -> System.out.printf("%-20s %8.1f  %8.1f    %.1f%n", name, s.getPercentile(50),
                s.getPercentile(99), s.getPercentile(99) / base.getPercentile(99)));
        printCpuTime();
    }

    /**
     * Thread CPU time per operation, after a warm-up in this JVM: what one round costs the
     * processor, apart from waiting for it on a busy machine (which the percentiles above include).
     */
    private static void printCpuTime() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        FederationMessageBenchmark b = new FederationMessageBenchmark();
        b.setUp();
        Map<String, Runnable> ops = new java.util.LinkedHashMap<>();
        ops.put("baselineEnvelope", b::baselineEnvelope);
        ops.put("sign", b::sign);
        ops.put("signVerifyReceipt", b::signVerifyReceipt);
        ops.put("verifyDuplicate", b::verifyDuplicate);
        System.out.println();
        System.out.println("operation            CPU us/op (thread CPU time, 2000 ops after 2000 warm-up)");
        ops.forEach((name, op) -> {
            for (int i = 0; i < 2000; i++) {
                op.run();
            }
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 2000; i++) {
                op.run();
            }
            System.out.printf("%-20s %8.1f%n", name, (threads.getCurrentThreadCpuTime() - start) / 2000 / 1000.0);
        });
    }
}
