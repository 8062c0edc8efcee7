package id.simpul.adapters.polri.simulator;

import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.region.RegencyKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The simulator's seeded world: police offices of real regencies and kecamatan (Kemendagri codes),
 * lost-item report letters and police clearances issued to synthetic people. The same seed and
 * day always give the same records, so tests and demos can rely on them.
 */
public final class PolriRecords {

    /** Regencies of the demo world: Kalimantan Barat, Kalimantan Tengah and Banten. */
    public static final List<String> DEMO_REGENCIES = id.simpul.adapters.simulator.SyntheticPeople.DEMO_REGENCIES;

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private static final String[] ITEM_KINDS = {"KARTU_KELUARGA", "SIM", "STNK", "BPKB", "PASPOR", "IJAZAH",
        "BUKU_TABUNGAN", "KARTU_ATM", "SERTIFIKAT_TANAH", "LAINNYA"};

    private final LocalDate today;
    private final Map<String, LostReportRecord> lostReports;
    private final Map<String, SkckRecord> skcks;

    private PolriRecords(LocalDate today, Map<String, LostReportRecord> lostReports, Map<String, SkckRecord> skcks) {
        this.today = today;
        this.lostReports = lostReports;
        this.skcks = skcks;
    }

    /**
     * Records generated from a seed, dated around {@code today}.
     *
     * @param letters number of lost-item report letters; half as many clearances are made
     */
    public static PolriRecords seeded(long seed, LocalDate today, int letters) {
        Objects.requireNonNull(today, "today");
        if (letters < 1 || letters > 9999) {
            throw new IllegalArgumentException("letters must be 1 to 9999");
        }
        RegionRegistry regions = RegionRegistry.official();
        Random random = new Random(seed);
        List<List<Region>> kecamatanByRegency = new ArrayList<>();
        List<PoliceOffice> polres = new ArrayList<>();
        for (String code : DEMO_REGENCIES) {
            Region regency = regions.find(code).orElseThrow();
            kecamatanByRegency.add(regions.children(regency.code()));
            polres.add(polres(regency));
        }
        Map<String, LostReportRecord> lost = new LinkedHashMap<>();
        for (int i = 1; i <= letters; i++) {
            int r = random.nextInt(DEMO_REGENCIES.size());
            List<Region> kecamatan = kecamatanByRegency.get(r);
            PoliceOffice office = random.nextInt(5) == 0 ? polres.get(r) : polsek(pick(kecamatan, random));
            LocalDate reported = today.minusDays(random.nextInt(30));
            String number = number("SKTLK", i, reported, office);
            lost.put(number, new LostReportRecord(number, office, reported, reported.plusDays(14),
                    random.nextInt(25) == 0, items(random), person(kecamatan, random)));
        }
        Map<String, SkckRecord> skck = new LinkedHashMap<>();
        for (int i = 1; i <= Math.max(1, letters / 2); i++) {
            int r = random.nextInt(DEMO_REGENCIES.size());
            PoliceOffice office = random.nextInt(3) == 0 ? polsek(pick(kecamatanByRegency.get(r), random)) : polres.get(r);
            LocalDate applied = today.minusDays(random.nextInt(240));
            int roll = random.nextInt(20);
            String decision = roll == 0 ? "DITOLAK" : roll < 3 || applied.isAfter(today.minusDays(1)) ? "DIPROSES" : "TERBIT";
            LocalDate issued = "TERBIT".equals(decision) ? applied.plusDays(random.nextInt(2)) : null;
            String number = number("SKCK", i, applied, office);
            skck.put(number, new SkckRecord(number, office, applied, decision, issued,
                    person(kecamatanByRegency.get(r), random)));
        }
        return new PolriRecords(today, Map.copyOf(lost), Map.copyOf(skck));
    }

    public LocalDate today() {
        return today;
    }

    public Optional<LostReportRecord> lostReport(String number) {
        return Optional.ofNullable(lostReports.get(number));
    }

    public Optional<SkckRecord> skck(String number) {
        return Optional.ofNullable(skcks.get(number));
    }

    /** The first letter, in number order, that matches; for tests and demos that need a known case. */
    public Optional<LostReportRecord> findLostReport(Predicate<LostReportRecord> condition) {
        return lostReports.values().stream().filter(condition)
                .min(java.util.Comparator.comparing(LostReportRecord::number));
    }

    public Optional<SkckRecord> findSkck(Predicate<SkckRecord> condition) {
        return skcks.values().stream().filter(condition).min(java.util.Comparator.comparing(SkckRecord::number));
    }

    public int lostReportCount() {
        return lostReports.size();
    }

    public int skckCount() {
        return skcks.size();
    }

    static String number(String kind, int serial, LocalDate day, PoliceOffice office) {
        return String.format("%s/%04d/%s/%d/%s", kind, serial, ROMAN[day.getMonthValue() - 1], day.getYear(),
                office.code());
    }

    private static PoliceOffice polres(Region regency) {
        boolean kota = regency.code().regencyKind().orElseThrow() == RegencyKind.KOTA;
        String bare = regency.name().replaceFirst("^(Kabupaten|Kota) ", "");
        String level = kota ? "POLRESTA" : "POLRES";
        return new PoliceOffice(level + "-" + regency.code().compact(), (kota ? "Polresta " : "Polres ") + bare,
                level, regency.code());
    }

    private static PoliceOffice polsek(Region kecamatan) {
        return new PoliceOffice("POLSEK-" + kecamatan.code().compact(), "Polsek " + kecamatan.name(), "POLSEK",
                kecamatan.code());
    }

    private static List<LostReportRecord.LostItem> items(Random random) {
        List<LostReportRecord.LostItem> items = new ArrayList<>();
        if (random.nextBoolean()) {
            items.add(new LostReportRecord.LostItem("KTP_EL", 1));
        }
        int more = items.isEmpty() ? 1 + random.nextInt(2) : random.nextInt(3);
        int start = random.nextInt(ITEM_KINDS.length);
        for (int k = 0; k < more; k++) {
            items.add(new LostReportRecord.LostItem(ITEM_KINDS[(start + k) % ITEM_KINDS.length], 1 + random.nextInt(2)));
        }
        return items;
    }

    private static Nik person(List<Region> kecamatan, Random random) {
        RegionCode home = pick(kecamatan, random).code();
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate born = LocalDate.of(1955 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return Nik.of(home, gender, born, 1 + random.nextInt(9999));
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
