package id.simpul.sdk.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The fourteen components every service standard (standar pelayanan) must have, in the order and
 * with the letters of UU 25/2009 Pasal 21. Six of them are published to citizens
 * (PermenPANRB 15/2014); the others are for the office's own management.
 */
public enum StandardComponent {
    /** a. Dasar hukum. */
    LEGAL_BASIS('a', "Dasar hukum", "Legal basis", false),
    /** b. Persyaratan. */
    REQUIREMENTS('b', "Persyaratan", "Requirements", true),
    /** c. Sistem, mekanisme, dan prosedur. */
    PROCEDURE('c', "Sistem, mekanisme, dan prosedur", "System, mechanism and procedure", true),
    /** d. Jangka waktu penyelesaian. */
    TIME_LIMIT('d', "Jangka waktu penyelesaian", "Completion time", true),
    /** e. Biaya/tarif. */
    FEE('e', "Biaya/tarif", "Fee", true),
    /** f. Produk pelayanan. */
    PRODUCT('f', "Produk pelayanan", "Service product", true),
    /** g. Sarana, prasarana, dan/atau fasilitas. */
    FACILITIES('g', "Sarana, prasarana, dan/atau fasilitas", "Facilities", false),
    /** h. Kompetensi pelaksana. */
    STAFF_COMPETENCE('h', "Kompetensi pelaksana", "Staff competence", false),
    /** i. Pengawasan internal. */
    INTERNAL_SUPERVISION('i', "Pengawasan internal", "Internal supervision", false),
    /** j. Penanganan pengaduan, saran, dan masukan. */
    COMPLAINTS('j', "Penanganan pengaduan, saran, dan masukan", "Complaints, suggestions and feedback", true),
    /** k. Jumlah pelaksana. */
    STAFFING('k', "Jumlah pelaksana", "Number of staff", false),
    /** l. Jaminan pelayanan. */
    SERVICE_GUARANTEE('l', "Jaminan pelayanan", "Service guarantee", false),
    /** m. Jaminan keamanan dan keselamatan pelayanan. */
    SECURITY_AND_SAFETY('m', "Jaminan keamanan dan keselamatan pelayanan", "Security and safety guarantee", false),
    /** n. Evaluasi kinerja pelaksana. */
    PERFORMANCE_EVALUATION('n', "Evaluasi kinerja pelaksana", "Staff performance evaluation", false);

    private static final List<StandardComponent> PUBLISHED =
            Arrays.stream(values()).filter(StandardComponent::isPublishedToCitizens).toList();

    private final char letter;
    private final String nameId;
    private final String nameEn;
    private final boolean published;

    StandardComponent(char letter, String nameId, String nameEn, boolean published) {
        this.letter = letter;
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.published = published;
    }

    /** The letter of the component in Pasal 21, {@code a} to {@code n}. */
    public char letter() {
        return letter;
    }

    /** Whether PermenPANRB 15/2014 requires publishing this component to citizens. */
    public boolean isPublishedToCitizens() {
        return published;
    }

    /** The component's name in the given language (Indonesian unless English is asked for). */
    public String displayName(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }

    /** The six components published to citizens, in Pasal 21 order. */
    public static List<StandardComponent> publishedToCitizens() {
        return PUBLISHED;
    }

    /** The component with the given letter. */
    public static StandardComponent ofLetter(char letter) {
        for (StandardComponent c : values()) {
            if (c.letter == Character.toLowerCase(letter)) {
                return c;
            }
        }
        throw new InvalidCatalogueException("component.letter", String.valueOf(letter));
    }
}
