package id.simpul.sdk.calendar;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * A holiday data file or a calendar setting is wrong. The message names the file and line, what is
 * wrong and how to fix it; the calendar is not built, so no half-read year is ever used.
 */
public final class CalendarDataException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    CalendarDataException(String key, Object... args) {
        super("calendar.data.invalid", LocalizedMessage.of(WorkingCalendar.BUNDLE, key, args));
    }

    CalendarDataException(Throwable cause, String key, Object... args) {
        super("calendar.data.invalid", LocalizedMessage.of(WorkingCalendar.BUNDLE, key, args), cause);
    }
}
