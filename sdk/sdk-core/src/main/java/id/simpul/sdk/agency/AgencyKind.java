package id.simpul.sdk.agency;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of office an agency (instansi) is. The configuration name is the Indonesian term a
 * regency's staff already use.
 */
public enum AgencyKind {
    /** Organisasi perangkat daerah: a regency or city department (dinas, badan). */
    REGIONAL_DEPARTMENT("opd", false),
    /** Kantor kecamatan, headed by a Camat; the PATEN counter. */
    DISTRICT_OFFICE("kecamatan", false),
    /** Kantor kelurahan (urban village, part of the regency administration). */
    URBAN_VILLAGE_OFFICE("kelurahan", false),
    /** Kantor desa (self-governing village). */
    VILLAGE_OFFICE("desa", false),
    /** Mal Pelayanan Publik: a hall of counters run by the regency where many agencies serve. */
    PUBLIC_SERVICE_MALL("mpp", false),
    /** Police: Polres or Polsek (instansi vertikal). */
    POLICE("polri", true),
    /** Kantor Pertanahan of the national land agency (instansi vertikal). */
    LAND_OFFICE("kantor-pertanahan", true),
    /** Kantor Urusan Agama of the Ministry of Religious Affairs (instansi vertikal). */
    RELIGIOUS_AFFAIRS_OFFICE("kua", true),
    /** Any other office of a national ministry or agency in the region (instansi vertikal). */
    OTHER_VERTICAL_AGENCY("instansi-vertikal", true),
    /** Badan Usaha Milik Negara, a state-owned enterprise. */
    STATE_ENTERPRISE("bumn", false),
    /** Badan Usaha Milik Daerah, a regionally owned enterprise. */
    REGIONAL_ENTERPRISE("bumd", false);

    private final String configName;
    private final boolean vertical;

    AgencyKind(String configName, boolean vertical) {
        this.configName = configName;
        this.vertical = vertical;
    }

    /** The name used in configuration files, e.g. {@code kecamatan}. */
    public String configName() {
        return configName;
    }

    /** Whether the office belongs to the national government (instansi vertikal), not the region. */
    public boolean isVertical() {
        return vertical;
    }

    /** Finds a kind by its configuration name or enum name, ignoring case. */
    public static Optional<AgencyKind> fromConfigName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (AgencyKind k : values()) {
            if (k.configName.equals(n) || k.name().toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
