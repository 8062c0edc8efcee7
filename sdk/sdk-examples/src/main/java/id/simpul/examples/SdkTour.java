package id.simpul.examples;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FieldProblem;
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
import id.simpul.sdk.catalogue.ValidationResult;
import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.identity.NikProblem;
import id.simpul.sdk.identity.NikValidation;
import id.simpul.sdk.json.InvalidJsonDocumentException;
import id.simpul.sdk.json.SimpulJson;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.request.Actor;
import id.simpul.sdk.request.ApplicantRef;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import id.simpul.sdk.request.HistoryEntry;
import id.simpul.sdk.request.RegistrationNumber;
import id.simpul.sdk.request.ServiceRequest;
import id.simpul.sdk.request.ServiceRequestId;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A guided tour of the SDK on real data: a synthetic NIK built from a real Kubu Raya kecamatan,
 * region lookups in the official Kemendagri dataset, form validation against a standar
 * pelayanan, a KTP-el reprint request walked through its whole life with its SLA clock, and that
 * request as canonical JSON.
 * Every value printed is computed by the SDK; nothing here is canned output.
 */
public final class SdkTour {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale EN = Locale.ENGLISH;

    private final PrintStream out;

    SdkTour(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        new SdkTour(System.out).run();
    }

    void run() {
        RegionRegistry regions = timed("Loading the official region dataset", RegionRegistry::official);
        out.printf("  %d provinces, %d regencies, %d kecamatan, %d villages%n", regions.count(RegionLevel.PROVINCE),
                regions.count(RegionLevel.REGENCY), regions.count(RegionLevel.DISTRICT), regions.count(RegionLevel.VILLAGE));
        Region kecamatan = lookUpRegions(regions);
        Nik nik = identityNumbers(regions, kecamatan.code());
        ServiceRequest request = walkARequest(kecamatan.code(), nik);
        canonicalJson(request);
    }

    private Region lookUpRegions(RegionRegistry regions) {
        heading("1. Regions / Wilayah");
        Region kubuRaya = regions.find("61.12").orElseThrow();
        out.printf("  61.12 -> %s (%s)%n", kubuRaya.name(), kubuRaya.code().regencyKind().orElseThrow());
        Region kecamatan = regions.children(kubuRaya.code()).get(0);
        out.printf("  first kecamatan of %s: %s %s, %d villages%n", kubuRaya.name(), kecamatan.code(),
                kecamatan.name(), regions.children(kecamatan.code()).size());
        Region village = regions.children(kecamatan.code()).get(0);
        out.printf("  parent chain of %s: %s%n", village.code(), regions.parentChain(village.code()).stream()
                .map(Region::name).collect(Collectors.joining(" < ")));
        out.printf("  search \"KAPUAS hulu\": %s%n", regions.search("KAPUAS hulu", RegionLevel.REGENCY, 5).stream()
                .map(r -> r.code() + " " + r.name()).collect(Collectors.joining(", ")));
        return kecamatan;
    }

    private Nik identityNumbers(RegionRegistry regions, RegionCode kecamatan) {
        heading("2. Identity numbers / NIK");
        Nik nik = Nik.of(kecamatan, Gender.FEMALE, LocalDate.of(1990, 5, 17), 42);
        out.printf("  synthetic NIK built from %s: masked %s, toString %s%n", kecamatan, nik.masked(), nik);
        out.printf("  region %s, gender %s, born %s, serial %d%n", nik.region(), nik.gender(), nik.birthDate(),
                nik.serial());
        LocalDate today = LocalDate.now(WIB);
        report("a day of 35 (neither a man's 01-31 nor a woman's 41-71)",
                Nik.validate(kecamatan.compact() + "350590" + "0042", regions, today));
        report("an old Papua code, well-formed but no longer in the dataset",
                Nik.validate("910101" + "170590" + "0042", regions, today));
        report("a letter in the middle", Nik.validate("61120157059O0042", regions, today));
        return nik;
    }

    private void report(String what, NikValidation v) {
        out.printf("  %s: valid=%s errors=%s warnings=%s%n", what, v.isValid(), v.errors(), v.warnings());
        for (NikProblem p : v.errors()) {
            printMessage(v.message(p));
        }
        for (NikProblem p : v.warnings()) {
            printMessage(v.message(p));
        }
    }

    private ServiceRequest walkARequest(RegionCode kecamatan, Nik nik) {
        heading("3. A KTP-el reprint request, start to finish / Permohonan cetak ulang KTP-el");
        ServiceStandard standard = ktpReprintStandard();
        WorkingCalendar calendar = WorkingCalendar.indonesia();
        LocalDate filingDay = LocalDate.of(2026, 3, 17);

        ValidationResult incomplete = standard.validate(FormData.builder().put("alasan", "DICURI").build(),
                java.util.List.of(SubmittedDocument.of("sktlk", filingDay.minusDays(20))), filingDay);
        out.printf("  an incomplete application has %d problems, all reported at once:%n", incomplete.problems().size());
        for (FieldProblem p : incomplete.problems()) {
            out.printf("   - %s %s%n       id: %s%n       en: %s%n", p.field(), p.problem(),
                    p.message(LocalizedMessage.INDONESIAN), p.message(EN));
        }

        ApplicantRef applicant = ApplicantRef.pseudonymOf(nik.value(), "tour-only-secret".getBytes());
        ServiceRequest request = ServiceRequest.builder()
                .id(ServiceRequestId.of("tour-0001"))
                .registrationNumber(RegistrationNumber.of(RegionCode.parse("61.12"), filingDay, 123))
                .applicant(applicant)
                .standard(standard)
                .calendar(calendar)
                .subjectRegion(kecamatan)
                .filingPoint(FilingPoint.of(kecamatan.value() + "-kecamatan", Channel.PATEN))
                .competentAgency(AgencyId.of("61.12-disdukcapil"))
                .form(FormData.builder().put("nik", nik.value()).put("alasan", "HILANG").build())
                .documents(java.util.List.of(SubmittedDocument.of("sktlk", filingDay.minusDays(1)), SubmittedDocument.of("kk")))
                .createdAt(at(filingDay, 9, 0))
                .build();
        out.printf("  registration number %s (check digit catches typos: %s is refused)%n",
                request.registrationNumber(), typo(request.registrationNumber().value()));
        out.printf("  filed on %s (a working day: %s); the days after it in the calendar:%n", filingDay,
                calendar.isWorkingDay(filingDay));
        for (LocalDate d = filingDay.plusDays(1); !calendar.isWorkingDay(d); d = d.plusDays(1)) {
            LocalDate day = d;
            out.printf("   %s %s%n", day, calendar.holiday(day)
                    .map(h -> h.kind() + " " + h.name().id()).orElse(day.getDayOfWeek().toString()));
        }
        calendar.holiday(filingDay.plusDays(2)).ifPresent(h -> out.printf("   source: %s%n", h.decree()));

        Actor citizen = Actor.applicant(applicant);
        Actor officer = Actor.officer("petugas-paten-01");
        request = request.submit(citizen, at(filingDay, 9, 5));
        printClock("submitted", request);
        request = request.returnForCompletion(officer, at(filingDay, 10, 0), "Fotokopi KK tidak terbaca");
        printClock("returned for completion, SLA paused", request);
        request = request.resubmit(citizen, at(LocalDate.of(2026, 3, 25), 8, 30));
        printClock("resubmitted, SLA resumed", request);
        request = request.verify(officer, at(LocalDate.of(2026, 3, 25), 9, 0));
        try {
            request.cancel(citizen, at(LocalDate.of(2026, 3, 25), 9, 30), "Tidak jadi");
        } catch (SimpulException e) {
            out.printf("  cancelling after verification is refused (%s):%n", e.code());
            printMessage(e.localizedMessage());
        }
        request = request.startProcessing(officer, at(LocalDate.of(2026, 3, 25), 10, 0));
        request = request.complete(officer, at(LocalDate.of(2026, 3, 26), 11, 0));
        out.printf("  final status %s, allowed actions now %s%n", request.status(), request.allowedActions());
        out.println("  history:");
        for (HistoryEntry h : request.history()) {
            out.printf("   %s  %-22s %s -> %s  by %s%s%n", h.at().atZone(WIB).toLocalDateTime(), h.action(), h.from(),
                    h.to(), h.actor(), h.reason().map(r -> "  (" + r + ")").orElse(""));
        }
        out.printf("  toString never shows the NIK: %s%n", request);
        return request;
    }

    private void canonicalJson(ServiceRequest request) {
        heading("4. Canonical JSON / JSON kanonik (specs/json-schema/service-request.schema.json)");
        try (SimpulJson json = SimpulJson.builder().calendar(request.slaClock().calendar()).formatted(true).build()) {
            String text = json.toJson(request);
            ServiceRequest again = json.fromJson(text, ServiceRequest.class);
            out.printf("  the request as JSON is %d characters and reads back equal: %s%n", text.length(),
                    again.equals(request));
            out.println("  the same request with its form values (personal data, never to be logged) left out:");
            ServiceRequest withoutForm = request.toBuilder().form(FormData.empty()).build();
            json.toJson(withoutForm).lines().forEach(line -> out.println("   " + line));

            String tampered = text.replace("\"status\" : \"COMPLETED\"", "\"status\" : \"REJECTED\"")
                    .replace("\"status\": \"COMPLETED\"", "\"status\": \"REJECTED\"");
            try {
                json.fromJson(tampered, ServiceRequest.class);
                out.println("  a status that disagrees with the history was NOT refused!");
            } catch (InvalidJsonDocumentException e) {
                out.printf("  a status that disagrees with the history is refused at %s (%s):%n", e.pointer(), e.code());
                out.printf("       id: %s%n       en: %s%n", e.getMessage(LocalizedMessage.INDONESIAN), e.getMessage(EN));
            }
        }
    }

    private String typo(String number) {
        char[] c = number.toCharArray();
        c[5] = c[5] == '9' ? '0' : (char) (c[5] + 1);
        String changed = new String(c);
        try {
            RegistrationNumber.parse(changed);
            return changed + " (NOT refused!)";
        } catch (SimpulException e) {
            return changed;
        }
    }

    private void printClock(String what, ServiceRequest r) {
        out.printf("  %-38s status %-9s SLA %s, deadline %s%n", what, r.status(), r.slaClock().state(),
                r.slaClock().deadline().map(d -> d.atZone(WIB).toLocalDateTime().toString()).orElse("-"));
    }

    private void printMessage(LocalizedMessage m) {
        out.printf("       id: %s%n       en: %s%n", m.format(LocalizedMessage.INDONESIAN), m.format(EN));
    }

    private static java.time.Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)), WIB).toInstant();
    }

    private void heading(String text) {
        out.println();
        out.println(text);
    }

    private <T> T timed(String what, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        out.printf("%s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /** The KTP-el reprint standard as a regency would publish it (values from the seed catalogue). */
    static ServiceStandard ktpReprintStandard() {
        return ServiceStandard.builder()
                .serviceType(ServiceType.of("ADM-KTP-HILANG", "Pencetakan ulang KTP-el (hilang/rusak)",
                        "KTP-el reprint (lost/damaged)", ServiceCategory.CIVIL_REGISTRATION))
                .version(1).effectiveFrom(LocalDate.of(2025, 1, 1))
                .legalBasis(LegalReference.of("Undang-Undang Nomor 24 Tahun 2013", "Pasal 63"))
                .procedureStep("Pemohon menyerahkan berkas di loket", "The applicant hands in the papers at the counter")
                .procedureStep("Petugas memeriksa kelengkapan", "The officer checks completeness")
                .procedureStep("KTP-el dicetak dan diserahkan", "The KTP-el is printed and handed over")
                .complaintHandling(LocalizedText.of("Pengaduan melalui SP4N-LAPOR!", "Complaints through SP4N-LAPOR!"))
                .serviceLevel(ServiceLevel.workingDays(4))
                .fee(Fee.free())
                .product(ServiceProduct.of(LocalizedText.of("KTP-el", "Electronic identity card")))
                .formAttribute(FormAttribute.builder().code("nik").label("NIK", "NIK").type(AttributeType.STRING)
                        .required(true).order(1).maxLength(16).build())
                .formAttribute(FormAttribute.builder().code("alasan").label("Alasan", "Reason")
                        .type(AttributeType.SINGLE_VALUE_LIST).required(true).order(2)
                        .allowedValue("HILANG", "Hilang", "Lost").allowedValue("RUSAK", "Rusak", "Damaged").build())
                .requiredDocument(RequiredDocument.builder().code("sktlk")
                        .name("Surat keterangan tanda lapor kehilangan (SKTLK)", "Police lost-item report letter")
                        .validity(Period.ofDays(14)).build())
                .requiredDocument(RequiredDocument.builder().code("kk")
                        .name("Fotokopi Kartu Keluarga", "Copy of the family card").build())
                .build();
    }
}
