package id.simpul.sdk.calendar;

import id.simpul.sdk.region.RegionCode;
import java.time.ZoneId;

/**
 * Indonesia's three time zones (Keppres 41/1987), used to place service hours in the right local
 * time: an office in Kubu Raya opens at 08:00 WIB, one in Makassar at 08:00 WITA.
 */
public enum IndonesianTimeZone {
    /** Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan. */
    WIB("Asia/Jakarta"),
    /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, South/East/North Kalimantan, Sulawesi. */
    WITA("Asia/Makassar"),
    /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    IndonesianTimeZone(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zoneId() {
        return zone;
    }

    /**
     * The time zone of a region, from its province code: below 51 and 61–62 WIB; 51–59 and
     * 63–79 WITA; 81 and above WIT.
     */
    public static IndonesianTimeZone of(RegionCode region) {
        int province = Integer.parseInt(region.province().value());
        if (province >= 81) {
            return WIT;
        }
        if (province >= 51 && province <= 59 || province >= 63) {
            return WITA;
        }
        return WIB;
    }
}
