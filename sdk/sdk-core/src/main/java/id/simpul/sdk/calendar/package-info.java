/**
 * Working days (hari kerja) and service deadlines (jangka waktu penyelesaian).
 *
 * <p>{@link id.simpul.sdk.calendar.WorkingCalendar#indonesia()} knows weekends, national holidays
 * and cuti bersama of every year whose SKB is bundled (2025, 2026). A deployer adds a year by
 * dropping a {@code holidays-YYYY.txt} file into a directory read with
 * {@link id.simpul.sdk.calendar.WorkingCalendar.Builder#loadYearsFrom(java.nio.file.Path)}; a date in a
 * year without data raises {@link id.simpul.sdk.calendar.CalendarYearNotAvailableException}.
 * {@link id.simpul.sdk.calendar.SlaClock} counts a request's working time with start, pause, resume,
 * reset and stop; its Javadoc states the counting rules.
 */
package id.simpul.sdk.calendar;
