package id.simpul.sdk.region;

import java.util.Optional;

/**
 * A well-formed Kemendagri region code (kode wilayah): {@code PP} province, {@code PP.KK}
 * regency, {@code PP.KK.CC} kecamatan, {@code PP.KK.CC.NNNN} village.
 *
 * <p>Well-formed is not the same as existing: a code that was valid once (for example Papua's
 * codes before the 2022 split) is still a {@code RegionCode}. Whether it exists today is the
 * {@link RegionRegistry}'s business. Both the dotted form ({@code 61.12.01}) and the compact form
 * used inside NIKs ({@code 611201}) are accepted by {@link #parse(String)}.
 */
public final class RegionCode implements Comparable<RegionCode> {

    static final String BUNDLE = "id.simpul.sdk.region.messages";

    private final String dotted;
    private final RegionLevel level;

    private RegionCode(String dotted, RegionLevel level) {
        this.dotted = dotted;
        this.level = level;
    }

    /**
     * Parses a dotted or compact region code.
     *
     * @throws InvalidRegionCodeException naming what is wrong with the text
     */
    public static RegionCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRegionCodeException("region.code.empty", "");
        }
        String trimmed = text.strip();
        String dotted = trimmed.indexOf('.') >= 0 ? trimmed : dotCompact(trimmed);
        RegionLevel level = shapeLevel(dotted);
        if (level == null) {
            throw new InvalidRegionCodeException("region.code.shape", trimmed);
        }
        if (twoDigits(dotted, 0) < 11) {
            throw new InvalidRegionCodeException("region.code.province", trimmed);
        }
        if (level != RegionLevel.PROVINCE) {
            int regency = twoDigits(dotted, 3);
            if (regency == 0 || regency == 70) {
                throw new InvalidRegionCodeException("region.code.regency", trimmed);
            }
        }
        if (level.segments() > 2 && twoDigits(dotted, 6) == 0) {
            throw new InvalidRegionCodeException("region.code.district", trimmed);
        }
        if (level == RegionLevel.VILLAGE) {
            char kind = dotted.charAt(9);
            if (kind < '1' || kind > '3' || dotted.startsWith("000", 10)) {
                throw new InvalidRegionCodeException("region.code.village", trimmed);
            }
        }
        return new RegionCode(dotted, level);
    }

    /** Like {@link #parse(String)} but answers empty instead of throwing. */
    public static Optional<RegionCode> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidRegionCodeException e) {
            return Optional.empty();
        }
    }

    /** The level a dotted text has the shape of ({@code PP}, {@code PP.KK}, ...), or null. */
    private static RegionLevel shapeLevel(String dotted) {
        RegionLevel level = switch (dotted.length()) {
            case 2 -> RegionLevel.PROVINCE;
            case 5 -> RegionLevel.REGENCY;
            case 8 -> RegionLevel.DISTRICT;
            case 13 -> RegionLevel.VILLAGE;
            default -> null;
        };
        for (int i = 0; level != null && i < dotted.length(); i++) {
            char c = dotted.charAt(i);
            boolean ok = (i == 2 || i == 5 || i == 8) ? c == '.' : c >= '0' && c <= '9';
            level = ok ? level : null;
        }
        return level;
    }

    private static int twoDigits(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    private static String dotCompact(String compact) {
        if (!allDigits(compact)) {
            throw new InvalidRegionCodeException("region.code.shape", compact);
        }
        int n = compact.length();
        if (n != 2 && n != 4 && n != 6 && n != 10) {
            throw new InvalidRegionCodeException("region.code.shape", compact);
        }
        char[] dotted = new char[n + (n == 10 ? 3 : n / 2 - 1)];
        for (int i = 0, j = 0; i < n; i++) {
            if (i == 2 || i == 4 || i == 6) {
                dotted[j++] = '.';
            }
            dotted[j++] = compact.charAt(i);
        }
        return new String(dotted);
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The dotted form, e.g. {@code 61.12.01}. */
    public String value() {
        return dotted;
    }

    /** The form without dots, as inside a NIK, e.g. {@code 611201}. */
    public String compact() {
        return dotted.replace(".", "");
    }

    public RegionLevel level() {
        return level;
    }

    /** The code one level up; empty for a province. */
    public Optional<RegionCode> parent() {
        int cut = dotted.lastIndexOf('.');
        return cut < 0 ? Optional.empty()
                : Optional.of(new RegionCode(dotted.substring(0, cut), RegionLevel.ofSegments(level.segments() - 1)));
    }

    /** This code cut to the given (higher or equal) level, e.g. the regency of a village. */
    public RegionCode truncate(RegionLevel to) {
        if (to.segments() > level.segments()) {
            throw new IllegalArgumentException(to + " is below " + level);
        }
        if (to == level) {
            return this;
        }
        int end = switch (to) {
            case PROVINCE -> 2;
            case REGENCY -> 5;
            case DISTRICT -> 8;
            case VILLAGE -> 13;
        };
        return new RegionCode(dotted.substring(0, end), to);
    }

    /** The province code ({@code PP}). */
    public RegionCode province() {
        return truncate(RegionLevel.PROVINCE);
    }

    /** The regency code ({@code PP.KK}); empty for a province. */
    public Optional<RegionCode> regency() {
        return level == RegionLevel.PROVINCE ? Optional.empty() : Optional.of(truncate(RegionLevel.REGENCY));
    }

    /** Whether this code equals {@code ancestor} or lies inside it. */
    public boolean isWithin(RegionCode ancestor) {
        return dotted.equals(ancestor.dotted)
                || (dotted.length() > ancestor.dotted.length() && dotted.startsWith(ancestor.dotted)
                && dotted.charAt(ancestor.dotted.length()) == '.');
    }

    /** Kabupaten or kota, for codes at regency level or below; empty for a province. */
    public Optional<RegencyKind> regencyKind() {
        if (level == RegionLevel.PROVINCE) {
            return Optional.empty();
        }
        int kk = Integer.parseInt(dotted.substring(3, 5));
        return Optional.of(kk >= 71 ? RegencyKind.KOTA : RegencyKind.KABUPATEN);
    }

    /** Kelurahan, desa or desa adat, for village codes; empty otherwise. */
    public Optional<VillageKind> villageKind() {
        if (level != RegionLevel.VILLAGE) {
            return Optional.empty();
        }
        return Optional.of(switch (dotted.charAt(9)) {
            case '1' -> VillageKind.KELURAHAN;
            case '2' -> VillageKind.DESA;
            default -> VillageKind.DESA_ADAT;
        });
    }

    @Override
    public int compareTo(RegionCode other) {
        return dotted.compareTo(other.dotted);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode other && dotted.equals(other.dotted);
    }

    @Override
    public int hashCode() {
        return dotted.hashCode();
    }

    @Override
    public String toString() {
        return dotted;
    }
}
