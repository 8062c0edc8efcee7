package id.simpul.adapters.simulator;

import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.KkNumber;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Generates residents who do not exist, deterministically from a seed: the same seed, count and
 * regencies always give the same people. Their kecamatan and villages are real (from the region
 * registry), their NIKs and KK numbers valid; given names are common Indonesian names combined at
 * random. Serial numbers start at 9001 so that a synthetic NIK is unlikely to be one a real
 * kecamatan has handed out; the simulators never hold data of real people.
 */
public final class SyntheticPeople {

    /** The regencies of the demo world: Kalimantan Barat, Kalimantan Tengah and Banten. */
    public static final List<String> DEMO_REGENCIES = List.of("61.06", "61.12", "61.01", "61.03", "62.03", "36.73",
            "36.03", "36.71", "36.74");

    private static final String[] MALE = {"AHMAD", "BUDI", "AGUS", "DEDI", "EKO", "FAJAR", "HENDRA", "IRWAN", "JOKO",
        "RUDI", "SURYA", "TAUFIK", "YUDI", "ANDI", "BAYU", "DIMAS", "GILANG", "HADI", "RIZKY", "WAHYU", "ARIF", "DONI"};
    private static final String[] FEMALE = {"SITI", "DEWI", "RINA", "SRI", "NUR", "AYU", "FITRI", "INDAH", "LESTARI",
        "MAYA", "PUTRI", "RATNA", "SARI", "TUTI", "WULAN", "YANTI", "DIAN", "EKA", "LINDA", "NOVI", "RATIH", "MEGA"};
    private static final String[] SECOND = {"PRATAMA", "SAPUTRA", "HIDAYAT", "KURNIAWAN", "SETIAWAN", "WIJAYA",
        "RAHAYU", "LESTARI", "PERMATASARI", "HANDAYANI", "SANTOSO", "NUGROHO", "RAMADHAN", "SUSANTI", "UTAMI",
        "FIRMANSYAH", "AMINAH", "KARTIKA", "MAULANA", "SYAHPUTRA"};
    private static final String[] STREET = {"MERDEKA", "SUDIRMAN", "AHMAD YANI", "GAJAH MADA", "DIPONEGORO",
        "IMAM BONJOL", "SUNGAI RAYA DALAM", "PERINTIS", "MELATI", "KENANGA", "PARIT BARU", "TRANS KALIMANTAN"};

    private SyntheticPeople() {
    }

    /** {@code count} people living in the demo regencies, from the official region dataset. */
    public static List<SyntheticPerson> generate(long seed, int count) {
        return generate(seed, count, RegionRegistry.official(), DEMO_REGENCIES);
    }

    /**
     * @param regencies regency codes ({@code PP.KK}) whose kecamatan the people are registered in
     * @throws IllegalArgumentException when a regency is unknown or has no kecamatan with villages
     */
    public static List<SyntheticPerson> generate(long seed, int count, RegionRegistry registry, List<String> regencies) {
        if (count < 0) {
            throw new IllegalArgumentException("count is not negative");
        }
        Map<Region, List<Region>> districts = districtsWithVillages(registry, regencies);
        List<Region> districtList = new ArrayList<>(districts.keySet());
        Random random = new Random(seed);
        Set<String> niks = new HashSet<>();
        Map<String, Integer> serials = new LinkedHashMap<>();
        List<SyntheticPerson> people = new ArrayList<>(count);
        while (people.size() < count) {
            Region district = districtList.get(random.nextInt(districtList.size()));
            List<Region> villages = districts.get(district);
            Region village = villages.get(random.nextInt(villages.size()));
            Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 58));
            String key = district.code().value() + birth + gender;
            int serial = serials.merge(key, 9001, (old, one) -> old + 1);
            Nik nik = Nik.of(district.code(), gender, birth, serial);
            if (!niks.add(nik.value())) {
                continue;
            }
            LocalDate registered = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(365 * 13));
            KkNumber kk = KkNumber.of(district.code(), registered, 9001 + random.nextInt(999));
            String name = pick(random, gender == Gender.MALE ? MALE : FEMALE) + " " + pick(random, SECOND);
            String mother = pick(random, FEMALE) + " " + pick(random, SECOND);
            String address = "JL. " + pick(random, STREET) + " NO. " + (1 + random.nextInt(150)) + ", RT "
                    + String.format(Locale.ROOT, "%03d", 1 + random.nextInt(20)) + "/RW "
                    + String.format(Locale.ROOT, "%03d", 1 + random.nextInt(9)) + ", "
                    + village.name().toUpperCase(Locale.ROOT) + ", " + district.name().toUpperCase(Locale.ROOT);
            people.add(new SyntheticPerson(nik, kk, name, birthPlace(registry, district), birth, gender, mother,
                    address, village.code()));
        }
        return List.copyOf(people);
    }

    private static Map<Region, List<Region>> districtsWithVillages(RegionRegistry registry, List<String> regencies) {
        Map<Region, List<Region>> districts = new LinkedHashMap<>();
        for (String regency : regencies) {
            RegionCode code = RegionCode.parse(regency);
            if (code.level() != RegionLevel.REGENCY || registry.find(code).isEmpty()) {
                throw new IllegalArgumentException("regency " + regency + " is not in the region registry");
            }
            for (Region district : registry.children(code)) {
                List<Region> villages = registry.children(district.code());
                if (!villages.isEmpty()) {
                    districts.put(district, villages);
                }
            }
        }
        if (districts.isEmpty()) {
            throw new IllegalArgumentException("no kecamatan with villages in " + regencies);
        }
        return districts;
    }

    private static String birthPlace(RegionRegistry registry, Region district) {
        Optional<Region> regency = district.parent().flatMap(registry::find);
        String name = regency.map(Region::name).orElse(district.name());
        return name.replaceFirst("^(Kabupaten|Kota) ", "").toUpperCase(Locale.ROOT);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
