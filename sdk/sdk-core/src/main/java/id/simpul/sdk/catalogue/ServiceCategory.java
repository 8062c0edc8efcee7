package id.simpul.sdk.catalogue;

import java.util.Locale;
import java.util.Optional;

/**
 * The broad group a service belongs to. Used to sort the catalogue for citizens and to report per
 * group; the configuration name is the Indonesian term staff already use.
 */
public enum ServiceCategory {
    /** Administrasi kependudukan: identity card, family card, civil registration certificates. */
    CIVIL_REGISTRATION("adminduk"),
    /** Non-perizinan: letters of statement and recommendation (surat keterangan, rekomendasi). */
    NON_LICENSING("non-perizinan"),
    /** Perizinan berusaha dan non-berusaha: business numbers, building approvals, permits. */
    LICENSING("perizinan"),
    /** Layanan kepolisian: police letters and clearances. */
    POLICE("kepolisian"),
    /** Layanan sosial, kesehatan, pendidikan and other services. */
    OTHER("lainnya");

    private final String configName;

    ServiceCategory(String configName) {
        this.configName = configName;
    }

    /** The name used in configuration files, e.g. {@code adminduk}. */
    public String configName() {
        return configName;
    }

    /** Finds a category by its configuration name or enum name, ignoring case. */
    public static Optional<ServiceCategory> fromConfigName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ServiceCategory c : values()) {
            if (c.configName.equals(n) || c.name().toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
