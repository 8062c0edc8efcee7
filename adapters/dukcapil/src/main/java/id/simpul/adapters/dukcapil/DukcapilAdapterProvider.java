package id.simpul.adapters.dukcapil;

import id.simpul.adapters.dukcapil.internal.DukcapilRegistry;
import id.simpul.adapters.support.AbstractAdapterProvider;
import id.simpul.adapters.support.ResilienceSettings;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.SettingForm;
import id.simpul.sdk.spi.population.PopulationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Properties;

/**
 * Announces the Dukcapil adapter to {@code ServiceLoader}; see the package documentation for its
 * settings. {@code Adapters.load(PopulationRegistry.class, settings)} returns it decorated.
 */
public final class DukcapilAdapterProvider extends AbstractAdapterProvider<PopulationRegistry> {

    /** Identifier of the system in settings keys, metrics and messages. */
    public static final String SYSTEM = "dukcapil";

    private static final String PREFIX = "simpul.adapters." + SYSTEM + ".";
    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.of(PopulationRegistry.class, SYSTEM,
            "Dukcapil (Kemendagri)", version(), Capability.POPULATION_VERIFY, Capability.POPULATION_LOOKUP);

    public DukcapilAdapterProvider() {
        super(PopulationRegistry.class);
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The adapter without the resilience layer: for diagnostics and benchmarks, never for production. */
    @Override
    public PopulationRegistry createUndecorated(AdapterSettings settings) {
        URI url = url(settings.require(PREFIX + "url"));
        return new DukcapilRegistry(DESCRIPTOR, url, settings.require(PREFIX + "institution"),
                settings.require(PREFIX + "user-id"), settings.secret(PREFIX + "password"),
                settings.require(PREFIX + "ip-user"), settings.flag(PREFIX + "lookup.enabled", false),
                PREFIX + "lookup.enabled", ResilienceSettings.from(settings, SYSTEM).timeout());
    }

    private static URI url(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.isAbsolute() && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw AdapterConfigurationException.invalid(PREFIX + "url", SettingForm.URL,
                "https://dukcapil.example:8443");
    }

    private static String version() {
        try (InputStream in = DukcapilAdapterProvider.class.getResourceAsStream("adapter.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
