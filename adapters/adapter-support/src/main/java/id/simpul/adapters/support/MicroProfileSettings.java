package id.simpul.adapters.support;

import id.simpul.sdk.spi.AdapterSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@link AdapterSettings} backed by MicroProfile Config, for adapters running inside the portal (or any
 * MicroProfile runtime): every key can then come from {@code microprofile-config.properties}, system
 * properties or environment variables ({@code SIMPUL_ADAPTERS_DUKCAPIL_TIMEOUT}).
 *
 * <p>Outside a container, use {@link AdapterSettings#of(java.util.Map)} or
 * {@link AdapterSettings#of(java.util.Properties)} instead; this class needs the MicroProfile Config
 * API and an implementation on the class path.
 */
public final class MicroProfileSettings {

    private MicroProfileSettings() {
    }

    /** Settings read from the current application's configuration, at each call. */
    public static AdapterSettings current() {
        return of(ConfigProvider.getConfig());
    }

    public static AdapterSettings of(Config config) {
        return key -> config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
