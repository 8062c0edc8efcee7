package id.simpul.adapters.oss.simulator;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The simulator's seeded businesses, located in real villages of the demo regencies. The same seed
 * always gives the same businesses. Names are made from word lists; they belong to no real company.
 */
public final class OssRecords {

    /** Regencies of the demo world. */
    public static final List<String> DEMO_REGENCIES = id.simpul.adapters.simulator.SyntheticPeople.DEMO_REGENCIES;

    private static final String[] FORMS = {"PT", "CV", "PT", "UD", "Koperasi"};
    private static final String[] WORDS_A = {"Sinar", "Karya", "Mitra", "Berkah", "Cahaya", "Bumi", "Sumber", "Jaya"};
    private static final String[] WORDS_B = {"Kapuas", "Khatulistiwa", "Borneo", "Banten", "Cisadane", "Nusantara",
        "Sejahtera", "Lestari"};
    private static final String[] WORDS_C = {"Makmur", "Abadi", "Sentosa", "Mandiri", "Utama", "Perkasa"};
    private static final String[][] LICENCES = {
        {"PBG", "Persetujuan Bangunan Gedung", "02"},
        {"SLF", "Sertifikat Laik Fungsi", "02"},
        {"IUTS", "Izin Usaha Toko Swalayan", "02"},
        {"SS-UMKU", "Sertifikat Standar Usaha", "02"},
        {"PKKPR", "Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang", "02"},
        {"SPPL", "Surat Pernyataan Pengelolaan Lingkungan", "01"},
        {"PB-UMKU-IMPOR", "Angka Pengenal Importir", "00"},
    };
    private static final String[] OPEN_STATUSES = {"05", "09", "10", "11", "12", "20", "40"};

    private final Map<String, Business> businesses;

    private OssRecords(Map<String, Business> businesses) {
        this.businesses = businesses;
    }

    public static OssRecords seeded(long seed, int count) {
        if (count < 1 || count > 99_999) {
            throw new IllegalArgumentException("count must be 1 to 99999");
        }
        RegionRegistry regions = RegionRegistry.official();
        Random random = new Random(seed);
        List<id.simpul.adapters.simulator.SyntheticPerson> people =
                id.simpul.adapters.simulator.SyntheticPeople.generate(seed, count);
        Map<String, Business> map = new LinkedHashMap<>();
        long licenceSerial = 1;
        while (map.size() < count) {
            Region regency = regions.find(DEMO_REGENCIES.get(random.nextInt(DEMO_REGENCIES.size()))).orElseThrow();
            List<Region> kecamatan = regions.children(regency.code());
            List<Region> villages = regions.children(kecamatan.get(random.nextInt(kecamatan.size())).code());
            Region village = villages.get(random.nextInt(villages.size()));
            String nib = String.format("%013d", 1_200_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 8_000_000_000_000L);
            String name = FORMS[random.nextInt(FORMS.length)] + " " + WORDS_A[random.nextInt(WORDS_A.length)] + " "
                    + WORDS_B[random.nextInt(WORDS_B.length)] + " " + WORDS_C[random.nextInt(WORDS_C.length)];
            List<Business.Licence> checklist = new ArrayList<>();
            int items = 1 + random.nextInt(3);
            int first = random.nextInt(LICENCES.length);
            for (int i = 0; i < items; i++) {
                String[] l = LICENCES[(first + i) % LICENCES.length];
                checklist.add(new Business.Licence(String.format("I-%012d", licenceSerial++), l[0], l[1], l[2],
                        OPEN_STATUSES[random.nextInt(OPEN_STATUSES.length)]));
            }
            map.putIfAbsent(nib, new Business(nib, name, village.code(), checklist, people.get(map.size())));
        }
        return new OssRecords(Map.copyOf(map));
    }

    public Optional<Business> business(String nib) {
        return Optional.ofNullable(businesses.get(nib));
    }

    /** The first business, in NIB order, that matches. */
    public Optional<Business> find(Predicate<Business> condition) {
        return businesses.values().stream().filter(condition).min(Comparator.comparing(Business::nib));
    }

    public int count() {
        return businesses.size();
    }

    static Optional<Business.Licence> licence(Business business, String licenceId) {
        Objects.requireNonNull(licenceId, "licenceId");
        return business.checklist().stream().filter(l -> l.licenceId().equals(licenceId)).findFirst();
    }
}
