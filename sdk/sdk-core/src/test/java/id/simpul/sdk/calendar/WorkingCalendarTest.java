package id.simpul.sdk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.region.RegionCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final Locale ID = Locale.forLanguageTag("id");
    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void indonesia_bundles2025And2026_eachNamingItsSkb() {
        assertThat(calendar.availableYears()).containsExactly(2025, 2026);
        assertThat(calendar.year(2026).orElseThrow().decree())
                .contains("Nomor 1497 Tahun 2025", "Nomor 2 Tahun 2025", "Nomor 5 Tahun 2025");
        assertThat(calendar.year(2025).orElseThrow().decree())
                .contains("Nomor 1017 Tahun 2024", "Nomor 2 Tahun 2024");
    }

    @Test
    void bundledYears_holdTheSkbCounts_17HolidaysEach_8And10PlusOneCutiBersama() {
        assertThat(kinds(2026, HolidayKind.NATIONAL_HOLIDAY)).isEqualTo(17);
        assertThat(kinds(2026, HolidayKind.CUTI_BERSAMA)).isEqualTo(8);
        assertThat(kinds(2025, HolidayKind.NATIONAL_HOLIDAY)).isEqualTo(17);
        assertThat(kinds(2025, HolidayKind.CUTI_BERSAMA)).isEqualTo(11);
    }

    private long kinds(int year, HolidayKind kind) {
        return calendar.year(year).orElseThrow().holidays().stream().filter(h -> h.kind() == kind).count();
    }

    @Test
    void cutiBersama18August2025_comesFromTheAmendingSkb() {
        Holiday h = calendar.holiday(d("2025-08-18")).orElseThrow();
        assertThat(h.kind()).isEqualTo(HolidayKind.CUTI_BERSAMA);
        assertThat(h.decree()).contains("Nomor 933 Tahun 2025");
        assertThat(calendar.isWorkingDay(d("2025-08-18"))).isFalse();
    }

    @Test
    void isWorkingDay_weekend_isNotWorking() {
        assertThat(calendar.isWorkingDay(d("2026-04-11"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-04-12"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-04-13"))).isTrue();
    }

    @Test
    void isWorkingDay_nationalHolidayOnWeekday_isNotWorking() {
        assertThat(d("2026-08-17").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(calendar.isWorkingDay(d("2026-08-17"))).isFalse();
    }

    @Test
    void isWorkingDay_cutiBersama_isNotWorkingByDefault_butWorksWhenTheRegionChooses() {
        WorkingCalendar fullCounters = WorkingCalendar.builder().cutiBersamaIsWorkingDay(true).build();
        assertThat(calendar.isWorkingDay(d("2026-02-16"))).isFalse();
        assertThat(fullCounters.isWorkingDay(d("2026-02-16"))).isTrue();
        assertThat(fullCounters.isWorkingDay(d("2026-02-17"))).as("Imlek itself stays a holiday").isFalse();
    }

    @Test
    void plusWorkingDays_acrossNyepiAndIdulFitri2026_skipsEveryHolidayAndCutiBersama() {
        assertThat(calendar.plusWorkingDays(d("2026-03-17"), 1)).isEqualTo(d("2026-03-25"));
        assertThat(WorkingCalendar.builder().cutiBersamaIsWorkingDay(true).build()
                .plusWorkingDays(d("2026-03-17"), 1)).isEqualTo(d("2026-03-18"));
    }

    @Test
    void plusWorkingDays_fromSaturday_firstWorkingDayIsMonday() {
        assertThat(calendar.plusWorkingDays(d("2026-04-11"), 1)).isEqualTo(d("2026-04-13"));
        assertThat(calendar.plusWorkingDays(d("2026-04-10"), 1)).isEqualTo(d("2026-04-13"));
    }

    @Test
    void plusWorkingDays_zero_isTheSameDay_andNegativeCountsBackwards() {
        assertThat(calendar.plusWorkingDays(d("2026-04-11"), 0)).isEqualTo(d("2026-04-11"));
        assertThat(calendar.plusWorkingDays(d("2026-04-13"), -1)).isEqualTo(d("2026-04-10"));
        assertThat(calendar.plusWorkingDays(d("2026-03-25"), -1)).isEqualTo(d("2026-03-17"));
    }

    @Test
    void plusWorkingDays_acrossNewYear_usesBothYears() {
        assertThat(calendar.plusWorkingDays(d("2025-12-24"), 3)).isEqualTo(d("2025-12-31"));
        assertThat(calendar.plusWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-02"));
    }

    @Test
    void plusWorkingDays_runningInto2027_isRefusedNamingTheMissingYearAndHowToAddIt() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(d("2026-12-28"), 5))
                .isInstanceOfSatisfying(CalendarYearNotAvailableException.class, e -> {
                    assertThat(e.year()).isEqualTo(2027);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage(ID)).contains("2027", "holidays-2027.txt", "loadYearsFrom", "2025, 2026");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("2027", "holidays-2027.txt", "No rebuild");
                });
    }

    @Test
    void isWorkingDay_yearWithoutData_isRefused() {
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2027-01-04")))
                .isInstanceOf(CalendarYearNotAvailableException.class);
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2024-12-31")))
                .isInstanceOfSatisfying(CalendarYearNotAvailableException.class, e -> assertThat(e.year()).isEqualTo(2024));
    }

    @Test
    void workingDaysBetween_countsDaysAfterFromUpToAndIncludingTo() {
        assertThat(calendar.workingDaysBetween(d("2026-04-10"), d("2026-04-17"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d("2026-04-17"), d("2026-04-10"))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(d("2026-04-11"), d("2026-04-12"))).isZero();
    }

    @Test
    void regionalDayOff_isNotWorking_andRegionalSaturdaySwap_isWorking() {
        WorkingCalendar kubuRaya = WorkingCalendar.builder()
                .extraNonWorkingDay(d("2026-04-17"), LocalizedText.of("Hari jadi kabupaten", "Regency anniversary"))
                .extraWorkingDay(d("2026-04-18"), LocalizedText.of("Pengganti hari kejepit", "Bridge-day swap"))
                .build();
        assertThat(kubuRaya.isWorkingDay(d("2026-04-17"))).isFalse();
        assertThat(kubuRaya.isWorkingDay(d("2026-04-18"))).isTrue();
        assertThat(kubuRaya.regionalDayOff(d("2026-04-17"))).isPresent();
        assertThat(kubuRaya.plusWorkingDays(d("2026-04-16"), 1)).isEqualTo(d("2026-04-18"));
        assertThat(calendar.isWorkingDay(d("2026-04-17"))).as("the national calendar is untouched").isTrue();
    }

    @Test
    void regionalOverrides_sameDateBothWays_isRefused() {
        LocalizedText why = LocalizedText.of("x");
        assertThatThrownBy(() -> WorkingCalendar.builder().extraNonWorkingDay(d("2026-04-17"), why)
                .extraWorkingDay(d("2026-04-17"), why).build())
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("2026-04-17");
    }

    @Test
    void weekend_canBeSetForSixDayOffices() {
        WorkingCalendar sixDays = WorkingCalendar.builder().weekend(DayOfWeek.SUNDAY).build();
        assertThat(sixDays.isWorkingDay(d("2026-04-11"))).isTrue();
        assertThat(sixDays.isWorkingDay(d("2026-04-12"))).isFalse();
    }

    @Test
    void serviceHours_followTheRegionsTimeZone() {
        assertThat(IndonesianTimeZone.of(RegionCode.parse("61.12"))).isEqualTo(IndonesianTimeZone.WIB);
        assertThat(IndonesianTimeZone.of(RegionCode.parse("62.03"))).isEqualTo(IndonesianTimeZone.WIB);
        assertThat(IndonesianTimeZone.of(RegionCode.parse("36.73"))).isEqualTo(IndonesianTimeZone.WIB);
        assertThat(IndonesianTimeZone.of(RegionCode.parse("51.71"))).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(IndonesianTimeZone.of(RegionCode.parse("63.71"))).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(IndonesianTimeZone.of(RegionCode.parse("73.71"))).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(IndonesianTimeZone.of(RegionCode.parse("81.71"))).isEqualTo(IndonesianTimeZone.WIT);
        assertThat(IndonesianTimeZone.of(RegionCode.parse("94.01"))).isEqualTo(IndonesianTimeZone.WIT);
        assertThat(ServiceHours.forRegion(RegionCode.parse("73.71")).zone().getId()).isEqualTo("Asia/Makassar");
    }

    @Test
    void serviceHours_closingBeforeOpening_isRefused() {
        assertThatThrownBy(() -> ServiceHours.of(java.time.LocalTime.of(16, 0), java.time.LocalTime.of(8, 0),
                IndonesianTimeZone.WIB.zoneId())).isInstanceOf(CalendarDataException.class);
    }

    @Test
    void equalCalendars_areEqual_andDifferentSettings_areNot() {
        WorkingCalendar a = WorkingCalendar.builder().build();
        assertThat(a).isEqualTo(calendar).hasSameHashCodeAs(calendar);
        assertThat(WorkingCalendar.builder().cutiBersamaIsWorkingDay(true).build()).isNotEqualTo(calendar);
        assertThat(calendar.toBuilder().build()).isEqualTo(calendar);
    }
}
