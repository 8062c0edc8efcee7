package id.simpul.sdk.calendar;

import id.simpul.sdk.region.RegionCode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When counters are open on a working day, in the office's local time. Working-hour SLAs count
 * only these hours, and working-day SLAs end at closing time.
 *
 * <p>The default, {@link #standard(IndonesianTimeZone)}, is 08:00–16:00: a common core of the
 * hours regions set by Perbup (often 07:30–16:00, Fridays to 16:30). A region sets its own with
 * {@link #of(LocalTime, LocalTime, ZoneId)}. Breaks are not subtracted.
 *
 * @param opens  opening time
 * @param closes closing time, after opening on the same day
 * @param zone   the office's time zone
 */
public record ServiceHours(LocalTime opens, LocalTime closes, ZoneId zone) {

    public ServiceHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(zone, "zone");
        if (!opens.isBefore(closes)) {
            throw new CalendarDataException("calendar.hours.order", opens.toString(), closes.toString());
        }
        opens = opens.withNano(0);
        closes = closes.withNano(0);
    }

    public static ServiceHours of(LocalTime opens, LocalTime closes, ZoneId zone) {
        return new ServiceHours(opens, closes, zone);
    }

    /** 08:00–16:00 in the given zone. */
    public static ServiceHours standard(IndonesianTimeZone zone) {
        return new ServiceHours(LocalTime.of(8, 0), LocalTime.of(16, 0), zone.zoneId());
    }

    /** 08:00–16:00 in the region's time zone. */
    public static ServiceHours forRegion(RegionCode region) {
        return standard(IndonesianTimeZone.of(region));
    }

    /** Length of one working day's service hours. */
    public Duration length() {
        return Duration.between(opens, closes);
    }

    @Override
    public String toString() {
        return opens + "\u2013" + closes + " " + zone;
    }
}
