package id.simpul.sdk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidayFilesTest {

    private static final String YEAR_2027 = """
            # test data only: these are NOT the 2027 dates
            year = 2027
            decree = Keputusan Bersama (contoh untuk pengujian)
            2027-01-01 | libur | Tahun Baru 2027 Masehi | New Year's Day
            2027-01-04 | cuti-bersama | Cuti bersama contoh | Sample collective leave
            """;

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void loadYearsFrom_addsANewYearWithoutRebuilding() throws IOException {
        write("holidays-2027.txt", YEAR_2027);
        write("README.md", "ignored");

        WorkingCalendar calendar = WorkingCalendar.builder().loadYearsFrom(dir).build();

        assertThat(calendar.availableYears()).containsExactly(2025, 2026, 2027);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void loadYearsFrom_fileForABundledYear_replacesIt() throws IOException {
        write("holidays-2026.txt", """
                year = 2026
                decree = Revisi contoh
                2026-01-01 | libur | Tahun Baru | New Year
                """);
        WorkingCalendar calendar = WorkingCalendar.builder().loadYearsFrom(dir).build();
        assertThat(calendar.year(2026).orElseThrow().decree()).isEqualTo("Revisi contoh");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 17))).as("the whole year is replaced").isTrue();
    }

    @Test
    void loadYearsFrom_badLine_namesFileAndLine_andAddsNothing() throws IOException {
        write("holidays-2027.txt", YEAR_2027);
        write("holidays-2028.txt", "year = 2028\ndecree = x\n2028-02-30 | libur | Salah | Wrong\n");
        WorkingCalendar.Builder builder = WorkingCalendar.builder();

        assertThatThrownBy(() -> builder.loadYearsFrom(dir))
                .isInstanceOfSatisfying(CalendarDataException.class, e -> {
                    assertThat(e.getMessage()).contains("holidays-2028.txt", "baris 3", "2028-02-30");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("holidays-2028.txt", "line 3");
                });
        assertThat(builder.build().availableYears()).containsExactly(2025, 2026);
    }

    @Test
    void loadYearsFrom_fileNamedForAnotherYear_isRefused() throws IOException {
        write("holidays-2028.txt", YEAR_2027);
        assertThatThrownBy(() -> WorkingCalendar.builder().loadYearsFrom(dir))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("holidays-2027.txt");
    }

    @Test
    void loadYearsFrom_missingDirectory_isRefused() {
        assertThatThrownBy(() -> WorkingCalendar.builder().loadYearsFrom(dir.resolve("nope")))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("nope");
    }

    @Test
    void parse_unknownKind_isRefused() {
        assertThatThrownBy(() -> parse("year = 2027", "decree = x", "2027-01-01 | libur-daerah | A | B"))
                .hasMessageContaining("libur-daerah").hasMessageContaining("baris 3");
    }

    @Test
    void parse_dateOutsideTheYear_isRefused() {
        assertThatThrownBy(() -> parse("year = 2027", "decree = x", "2026-12-31 | libur | A | B"))
                .hasMessageContaining("2026-12-31");
    }

    @Test
    void parse_repeatedDate_isRefused() {
        assertThatThrownBy(() -> parse("year = 2027", "decree = x", "2027-01-01 | libur | A | B",
                "2027-01-01 | cuti-bersama | A | B")).hasMessageContaining("baris 4");
    }

    @Test
    void parse_withoutDecree_isRefused() {
        assertThatThrownBy(() -> parse("year = 2027", "2027-01-01 | libur | A | B"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("decree");
    }

    @Test
    void parse_unknownHeader_isRefused() {
        assertThatThrownBy(() -> parse("tahun = 2027")).hasMessageContaining("tahun");
    }

    @Test
    void parse_entryWithItsOwnDecree_keepsIt() {
        HolidayYear y = parse("year = 2027", "decree = SKB A", "2027-01-01 | libur | A | B",
                "2027-08-18 | cuti-bersama | C | D | SKB perubahan");
        assertThat(y.on(LocalDate.of(2027, 1, 1)).orElseThrow().decree()).isEqualTo("SKB A");
        assertThat(y.on(LocalDate.of(2027, 8, 18)).orElseThrow().decree()).isEqualTo("SKB perubahan");
    }

    private static HolidayYear parse(String... lines) {
        return HolidayYear.parse("test.txt", List.of(lines));
    }
}
