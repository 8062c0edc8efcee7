package id.simpul.sdk.config;

/**
 * The demo configuration shipped inside this jar: Kubu Raya (the node), Kapuas Hulu, Sambas,
 * Kapuas, Kota Tangerang and Kota Tangerang Selatan with their real kecamatan codes, the seed
 * catalogue, a demo Peraturan Bupati delegating kecamatan services to camat, and cooperation
 * agreements between them. Its legal instruments are <b>examples</b>, not real regulations.
 */
public final class DemoConfiguration {

    /** Class-path folder of the demo. */
    public static final String FOLDER = "id/simpul/sdk/config/demo";

    private DemoConfiguration() {
    }

    /** The demo's files. */
    public static ConfigSource source() {
        return ConfigSource.classpath(FOLDER, DemoConfiguration.class.getClassLoader());
    }
}
