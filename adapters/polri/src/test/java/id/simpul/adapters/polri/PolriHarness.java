package id.simpul.adapters.polri;

import id.simpul.adapters.polri.simulator.LostReportRecord;
import id.simpul.adapters.polri.simulator.PolriRecords;
import id.simpul.adapters.polri.simulator.PolriSimulator;
import id.simpul.adapters.simulator.SimulatorKnobs;
import id.simpul.adapters.polri.simulator.SkckRecord;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.police.LostItem;
import id.simpul.sdk.spi.police.LostItemKind;
import id.simpul.sdk.spi.police.LostReport;
import id.simpul.sdk.spi.police.PoliceOffice;
import id.simpul.sdk.spi.police.PoliceOfficeLevel;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.police.SkckState;
import id.simpul.sdk.spi.police.SkckStatus;
import id.simpul.sdk.tck.RemoteControl;
import id.simpul.sdk.tck.SimulatedRemote;
import id.simpul.sdk.tck.TckHarness;
import id.simpul.sdk.tck.police.PoliceReportsHarness;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** The Polri adapter against its simulator, as the conformance kit sees it. */
final class PolriHarness implements PoliceReportsHarness {

    private static final String USER = "dukcapil-6112";
    private static final String PASSWORD = "Sandi-Rahasia-6112";
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    private final PolriSimulator sim = PolriSimulator.builder().clock(DAY).credentials(USER, PASSWORD).start();
    private final BiFunction<AdapterSettings, Clock, PoliceReports> factory;

    PolriHarness() {
        this((settings, clock) -> new PolriAdapterProvider().create(settings, clock));
    }

    /** With another way to build the adapter from its settings, e.g. a broken one for the kit's meta-tests. */
    PolriHarness(BiFunction<AdapterSettings, Clock, PoliceReports> factory) {
        this.factory = factory;
    }

    @Override
    public PoliceReports create(Map<String, String> settings, Clock clock) {
        Map<String, String> all = new HashMap<>(TckHarness.prefixed("polri", settings));
        all.put("simpul.adapters.polri.url", sim.endpoint().toString());
        all.put("simpul.adapters.polri.user", USER);
        all.put("simpul.adapters.polri.password", PASSWORD);
        all.put("simpul.adapters.polri.institution", "DISDUKCAPIL-6112");
        return factory.apply(AdapterSettings.of(all), clock);
    }

    @Override
    public RemoteControl remote() {
        return SimulatedRemote.builder()
                .reset(() -> sim.reset())
                .delay(delay -> sim.knobs().latency(delay))
                .outage(down -> sim.knobs().outage(down))
                .failing(RemoteFailure.UNAVAILABLE,
                        times -> sim.knobs().failNext(n(times), PolriSimulator.unavailableAnswer()))
                .failing(RemoteFailure.REMOTE_ERROR,
                        times -> sim.knobs().failNext(n(times), PolriSimulator.systemErrorAnswer()))
                .failing(RemoteFailure.CREDENTIALS_REJECTED, times -> sim.refuseCredentialsNext(n(times)))
                .failing(RemoteFailure.MALFORMED_ANSWER, times -> sim.knobs().malformNext(n(times)))
                .requests(() -> sim.requestCount())
                .build();
    }

    /** The kit's "every following request" in the simulator's terms. */
    private static int n(int times) {
        return times == RemoteControl.FOREVER ? SimulatorKnobs.FOREVER : times;
    }

    @Override
    public Set<String> secrets() {
        return Set.of(PASSWORD);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(DAY);
    }

    @Override
    public List<LostReport> knownLostReports() {
        PolriRecords records = sim.records();
        LocalDate today = today();
        return List.of(
                letter(r -> "BERLAKU".equals(r.statusOn(today)) && r.items().get(0).kind().equals("KTP_EL")),
                letter(LostReportRecord::revoked),
                letter(r -> "KEDALUWARSA".equals(r.statusOn(today))),
                letter(r -> !r.office().level().equals("POLSEK")),
                letter(r -> r.items().size() > 2));
    }

    private LostReport letter(Predicate<LostReportRecord> condition) {
        LostReportRecord r = sim.records().findLostReport(condition).orElseThrow();
        return new LostReport(r.number(), office(r.office()), r.reportedOn(), r.validUntil(),
                r.items().stream().map(i -> new LostItem(kind(i.kind()), i.kind().replace('_', ' ') + " (" + i.quantity() + ")"))
                        .toList(), r.revoked());
    }

    @Override
    public String unknownLetterNumber() {
        return "SKTLK/9999/XII/2026/POLSEK-611201";
    }

    @Override
    public List<SkckStatus> knownSkcks() {
        LocalDate today = today();
        return List.of(skck(r -> "TERBIT".equals(r.statusOn(today))), skck(r -> r.decision().equals("DIPROSES")),
                skck(r -> r.decision().equals("DITOLAK")), skck(r -> "KEDALUWARSA".equals(r.statusOn(today))));
    }

    private SkckStatus skck(Predicate<SkckRecord> condition) {
        SkckRecord r = sim.records().findSkck(condition).orElseThrow();
        SkckState state = switch (r.decision()) {
            case "TERBIT" -> SkckState.ISSUED;
            case "DITOLAK" -> SkckState.REJECTED;
            default -> SkckState.IN_PROCESS;
        };
        return new SkckStatus(r.number(), state, office(r.office()), Optional.ofNullable(r.issuedOn()), r.validUntil());
    }

    @Override
    public String unknownSkckNumber() {
        return "SKCK/9999/XII/2026/POLRES-6112";
    }

    @Override
    public Set<String> personalData() {
        Set<String> values = new HashSet<>();
        PolriRecords records = sim.records();
        records.findLostReport(r -> {
            values.add(r.reporter().value());
            return false;
        });
        records.findSkck(r -> {
            values.add(r.applicant().value());
            return false;
        });
        values.add(PASSWORD);
        return values;
    }

    @Override
    public void close() {
        sim.close();
    }

    private static PoliceOffice office(id.simpul.adapters.polri.simulator.PoliceOffice o) {
        PoliceOfficeLevel level = o.level().equals("POLSEK") ? PoliceOfficeLevel.POLSEK : PoliceOfficeLevel.POLRES;
        return new PoliceOffice(o.name(), level, RegionCode.parse(o.region().value()));
    }

    private static LostItemKind kind(String jenis) {
        return switch (jenis) {
            case "KTP_EL" -> LostItemKind.KTP_EL;
            case "KARTU_KELUARGA" -> LostItemKind.FAMILY_CARD;
            case "SIM" -> LostItemKind.DRIVING_LICENCE;
            case "STNK" -> LostItemKind.VEHICLE_REGISTRATION;
            case "BPKB" -> LostItemKind.VEHICLE_OWNERSHIP_BOOK;
            case "PASPOR" -> LostItemKind.PASSPORT;
            case "BUKU_TABUNGAN", "KARTU_ATM" -> LostItemKind.BANK_CARD;
            case "IJAZAH", "SERTIFIKAT_TANAH" -> LostItemKind.CERTIFICATE;
            default -> LostItemKind.OTHER;
        };
    }
}
