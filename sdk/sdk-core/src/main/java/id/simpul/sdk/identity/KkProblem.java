package id.simpul.sdk.identity;

import id.simpul.sdk.identity.internal.NumberCheck.Finding;

/**
 * What can be wrong with a KK number (nomor Kartu Keluarga), as a stable code for programs;
 * {@link KkValidation#message} gives the sentence for people. Every problem is an error except
 * {@link #REGION_UNKNOWN}, a warning.
 */
public enum KkProblem {
    /** Nothing was given. */
    EMPTY(Finding.EMPTY, "kk.empty"),
    /** A character is neither a digit nor a separator (space, dot, dash); the message names its position. */
    NOT_A_DIGIT(Finding.NOT_A_DIGIT, "kk.notDigit"),
    /** Not 16 digits; the message says how many were given. */
    WRONG_LENGTH(Finding.WRONG_LENGTH, "kk.wrongLength"),
    /** Digits 1–2: the province code is below 11. */
    PROVINCE_INVALID(Finding.PROVINCE_INVALID, "kk.province"),
    /** Digits 3–4: the regency code is 00 or 70. */
    REGENCY_INVALID(Finding.REGENCY_INVALID, "kk.regency"),
    /** Digits 5–6: the kecamatan code is 00. */
    DISTRICT_INVALID(Finding.DISTRICT_INVALID, "kk.district"),
    /** Digits 7–8: the day of registration is 00 or 32 and above (no +40 in a KK number). */
    DAY_INVALID(Finding.DAY_INVALID, "kk.day"),
    /** Digits 9–10: the month is 00 or 13 and above. */
    MONTH_INVALID(Finding.MONTH_INVALID, "kk.month"),
    /** Digits 7–12: no such calendar date, e.g. 31 April or 29 February of a common year. */
    NO_SUCH_DATE(Finding.NO_SUCH_DATE, "kk.noSuchDate"),
    /** Digits 7–12: the registration date can only be read as a date after the reference date. */
    REGISTRATION_DATE_AFTER_REFERENCE(Finding.DATE_AFTER_REFERENCE, "kk.registrationDateAfterReference"),
    /** Digits 13–16: the serial number is 0000. */
    SERIAL_ZERO(Finding.SERIAL_ZERO, "kk.serialZero"),
    /**
     * Warning only: the kecamatan is well-formed but not in the region registry. Old KK numbers
     * keep the code of the place of registration, which may have been renamed or split since
     * (Papua before 2022), so the number itself can still be right.
     */
    REGION_UNKNOWN(Finding.REGION_UNKNOWN, "kk.regionUnknown");

    private final Finding finding;
    private final String messageKey;

    KkProblem(Finding finding, String messageKey) {
        this.finding = finding;
        this.messageKey = messageKey;
    }

    /** Key of the message in {@code id.simpul.sdk.identity.messages}. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether the number can still be accepted with this problem. */
    public boolean isWarning() {
        return this == REGION_UNKNOWN;
    }

    Finding finding() {
        return finding;
    }
}
