package id.simpul.sdk.calendar;

import java.util.Locale;
import java.util.Optional;

/** Why a weekday is not an ordinary working day. */
public enum HolidayKind {
    /** Hari libur nasional, set by Keputusan Presiden and listed in the yearly SKB. */
    NATIONAL_HOLIDAY("libur"),
    /**
     * Cuti bersama: collective leave of civil servants set by the yearly SKB. Offices that serve
     * the public directly arrange duty rosters, so whether it counts for an SLA is a choice, see
     * {@link WorkingCalendar.Builder#cutiBersamaIsWorkingDay(boolean)}.
     */
    CUTI_BERSAMA("cuti-bersama");

    private final String fileName;

    HolidayKind(String fileName) {
        this.fileName = fileName;
    }

    /** The word used in holiday files: {@code libur} or {@code cuti-bersama}. */
    public String fileName() {
        return fileName;
    }

    /** Finds a kind by its file word or enum name, ignoring case. */
    public static Optional<HolidayKind> fromFileName(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        for (HolidayKind k : values()) {
            if (k.fileName.equals(w) || k.name().toLowerCase(Locale.ROOT).equals(w)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
