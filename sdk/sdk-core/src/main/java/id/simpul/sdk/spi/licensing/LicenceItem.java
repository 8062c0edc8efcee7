package id.simpul.sdk.spi.licensing;

import java.util.Objects;
import java.util.Optional;

/**
 * One licence in a NIB's checklist.
 *
 * @param licenceId   OSS's id of this licence application ({@code id_izin})
 * @param licenceCode the licence type code ({@code kd_izin})
 * @param name        the licence's name
 * @param authority   who decides it ({@code kewenangan})
 * @param status      its current status, if OSS sent one
 */
public record LicenceItem(String licenceId, String licenceCode, String name, AuthorityLevel authority,
                          Optional<LicenceStatusCode> status) {

    public LicenceItem {
        requireText(licenceId, "licenceId");
        requireText(licenceCode, "licenceCode");
        requireText(name, "name");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(status, "status");
    }

    static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
