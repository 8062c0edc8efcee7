package id.simpul.sdk.spi.licensing;

import java.util.Optional;

/** Which level of government decides a licence ({@code kewenangan} in OSS payloads). */
public enum AuthorityLevel {
    /** Pusat, code {@code 00}. */
    CENTRAL("00"),
    /** Provinsi, code {@code 01}. */
    PROVINCE("01"),
    /** Kabupaten/kota, code {@code 02}. */
    REGENCY("02");

    private final String code;

    AuthorityLevel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<AuthorityLevel> fromCode(String code) {
        for (AuthorityLevel level : values()) {
            if (level.code.equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
