package id.simpul.sdk.calendar;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * An SLA clock was asked to do something its state does not allow (resume a running clock, pause
 * a stopped one) or was given a time before its last event.
 */
public final class IllegalClockOperationException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    IllegalClockOperationException(String key, Object... args) {
        super("calendar.sla.illegal-operation", LocalizedMessage.of(WorkingCalendar.BUNDLE, key, args));
    }
}
