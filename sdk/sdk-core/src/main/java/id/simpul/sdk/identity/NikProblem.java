package id.simpul.sdk.identity;

import id.simpul.sdk.identity.internal.NumberCheck.Finding;

/**
 * What can be wrong with a NIK, as a stable code for programs; {@link NikValidation#message} gives
 * the sentence for people. Every problem is an error except {@link #REGION_UNKNOWN}, a warning.
 */
public enum NikProblem {
    /** Nothing was given. */
    EMPTY(Finding.EMPTY, "nik.empty"),
    /** A character is neither a digit nor a separator (space, dot, dash); the message names its position. */
    NOT_A_DIGIT(Finding.NOT_A_DIGIT, "nik.notDigit"),
    /** Not 16 digits; the message says how many were given. */
    WRONG_LENGTH(Finding.WRONG_LENGTH, "nik.wrongLength"),
    /** Digits 1–2: the province code is below 11. */
    PROVINCE_INVALID(Finding.PROVINCE_INVALID, "nik.province"),
    /** Digits 3–4: the regency code is 00 or 70. */
    REGENCY_INVALID(Finding.REGENCY_INVALID, "nik.regency"),
    /** Digits 5–6: the kecamatan code is 00. */
    DISTRICT_INVALID(Finding.DISTRICT_INVALID, "nik.district"),
    /** Digits 7–8: the day is 00, 32–40 or 72 and above. */
    DAY_INVALID(Finding.DAY_INVALID, "nik.day"),
    /** Digits 9–10: the month is 00 or 13 and above. */
    MONTH_INVALID(Finding.MONTH_INVALID, "nik.month"),
    /** Digits 7–12: no such calendar date, e.g. 31 April or 29 February of a common year. */
    NO_SUCH_DATE(Finding.NO_SUCH_DATE, "nik.noSuchDate"),
    /** Digits 7–12: the birth date can only be read as a date after the reference date. */
    BIRTH_DATE_AFTER_REFERENCE(Finding.DATE_AFTER_REFERENCE, "nik.birthDateAfterReference"),
    /** Digits 13–16: the serial number is 0000. */
    SERIAL_ZERO(Finding.SERIAL_ZERO, "nik.serialZero"),
    /**
     * Warning only: the kecamatan is well-formed but not in the region registry. Old NIKs keep the
     * code of the place of first registration, which may have been renamed or split since (Papua
     * before 2022), so the number itself can still be right.
     */
    REGION_UNKNOWN(Finding.REGION_UNKNOWN, "nik.regionUnknown");

    private final Finding finding;
    private final String messageKey;

    NikProblem(Finding finding, String messageKey) {
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
