package id.simpul.benchmarks.json;

import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.LegalReference;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.RequiredDocument;
import id.simpul.sdk.catalogue.ServiceCategory;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.catalogue.ServiceProduct;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.ServiceType;
import id.simpul.sdk.catalogue.SubmittedDocument;
import id.simpul.sdk.json.SimpulJson;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.Actor;
import id.simpul.sdk.request.ApplicantRef;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import id.simpul.sdk.request.RegistrationNumber;
import id.simpul.sdk.request.ServiceRequest;
import id.simpul.sdk.request.ServiceRequestId;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The cost of the canonical JSON of a service request (a KTP-el reprint with six history entries
 * and a stopped SLA clock, about 2 KB), against the floor any JSON reader and writer pays on the
 * same text in the same run: parsing it into a generic JSON-P tree, and writing that tree back.
 * Reading through {@link SimpulJson} adds the checks and the model (history, status machine, SLA
 * clock restored against the calendar); writing adds building the tree from the model.
 *
 * <p>Run {@link #main} to print each score and its ratio to its baseline. The reader is a large
 * method graph: the JIT needs the longer warm-up before its score settles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestJsonBenchmark {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private SimpulJson json;
    private JsonProvider provider;
    private ServiceRequest request;
    private String text;
    private JsonValue tree;

    @Setup
    public void setUp() {
        WorkingCalendar calendar = WorkingCalendar.indonesia();
        json = SimpulJson.create(calendar);
        provider = JsonProvider.provider();
        request = completedRequest(calendar);
        text = json.toJson(request);
        tree = parse(text);
    }

    @TearDown
    public void tearDown() {
        json.close();
    }

    /** Baseline for reading: the text into a generic JSON-P tree, no model. */
    @Benchmark
    public JsonValue baselineParseToTree() {
        return parse(text);
    }

    /** Baseline for writing: a ready JSON-P tree of the same document to text. */
    @Benchmark
    public String baselineWriteTree() {
        StringWriter out = new StringWriter(2048);
        try (JsonWriter writer = provider.createWriter(out)) {
            writer.write(tree);
        }
        return out.toString();
    }

    @Benchmark
    public ServiceRequest readRequest() {
        return json.fromJson(text, ServiceRequest.class);
    }

    @Benchmark
    public String writeRequest() {
        return json.toJson(request);
    }

    private JsonValue parse(String s) {
        try (var reader = provider.createReader(new StringReader(s))) {
            return reader.readValue();
        }
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    static ServiceRequest completedRequest(WorkingCalendar calendar) {
        ServiceStandard ktp = ServiceStandard.builder()
                .serviceType(ServiceType.of("ADM-KTP-HILANG", "Pencetakan ulang KTP-el (hilang/rusak)",
                        "KTP-el reprint (lost/damaged)", ServiceCategory.CIVIL_REGISTRATION))
                .version(1).effectiveFrom(LocalDate.of(2025, 1, 1))
                .legalBasis(LegalReference.of("Undang-Undang Nomor 24 Tahun 2013", "Pasal 63"))
                .procedureStep("Pemohon menyerahkan berkas di loket", "The applicant hands in the papers")
                .complaintHandling(LocalizedText.of("Pengaduan melalui SP4N-LAPOR!", "Complaints through SP4N-LAPOR!"))
                .serviceLevel(ServiceLevel.workingDays(4)).fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of("KTP-el", "Electronic identity card")))
                .formAttribute(FormAttribute.builder().code("alasan").label("Alasan", "Reason")
                        .type(AttributeType.SINGLE_VALUE_LIST).required(true).order(1)
                        .allowedValue("HILANG", "Hilang", "Lost").allowedValue("RUSAK", "Rusak", "Damaged").build())
                .requiredDocument(RequiredDocument.builder().code("sktlk").name("SKTLK", "Police lost-item report")
                        .validity(Period.ofDays(14)).build())
                .build();
        ApplicantRef applicant = ApplicantRef.of("warga-000042");
        Actor citizen = Actor.applicant(applicant);
        Actor officer = Actor.officer("petugas-paten-01");
        return ServiceRequest.builder().id(ServiceRequestId.of("bench-0001"))
                .registrationNumber(RegistrationNumber.of(RegionCode.parse("61.12"), LocalDate.of(2026, 4, 13), 1))
                .applicant(applicant).standard(ktp).calendar(calendar)
                .subjectRegion(RegionCode.parse("61.12.01.2001"))
                .filingPoint(FilingPoint.of("61.12.01-kecamatan", Channel.PATEN))
                .competentAgency(AgencyId.of("61.12-disdukcapil"))
                .form(FormData.builder().put("alasan", "HILANG").put("keterangan", "Hilang di pasar").build())
                .documents(List.of(SubmittedDocument.of("sktlk", LocalDate.of(2026, 4, 12))
                        .withReference("SKTLK/123/IV/2026/SPKT")))
                .createdAt(wib("2026-04-13T09:00")).build()
                .submit(citizen, wib("2026-04-13T10:00"))
                .returnForCompletion(officer, wib("2026-04-13T11:00"), "Fotokopi KK tidak terbaca")
                .resubmit(citizen, wib("2026-04-15T10:30"))
                .verify(officer, wib("2026-04-15T11:00"))
                .startProcessing(officer, wib("2026-04-15T12:00"))
                .complete(officer, wib("2026-04-16T09:00"));
    }

    /** Runs the benchmarks of this class and prints each score as a ratio to its baseline. */
    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RequestJsonBenchmark.class.getName() + ".*").build()).run();
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("benchmark               ops/ms    ratio to its baseline");
        scores.forEach((name, score) -> {
            String base = name.startsWith("read") || name.equals("baselineParseToTree") ? "baselineParseToTree"
                    : "baselineWriteTree";
            System.out.printf("%-22s %8.1f    %.2f (%s)%n", name, score, score / scores.get(base), base);
        });
    }
}
