package id.simpul.adapters.template;

import id.simpul.adapters.support.AbstractAdapterProvider;
import id.simpul.adapters.support.ResilienceSettings;
import id.simpul.adapters.template.internal.TemplateRegistry;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.SettingForm;
import id.simpul.sdk.spi.population.PopulationRegistry;
import java.net.URI;

/** Step 1 of an adapter: say what it is and build it from settings; the base class adds resilience. */
public final class TemplateAdapterProvider extends AbstractAdapterProvider<PopulationRegistry> {

    public static final String SYSTEM = "template-registry";
    private static final String PREFIX = "simpul.adapters." + SYSTEM + ".";
    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.of(PopulationRegistry.class, SYSTEM,
            "Template registry", "0.1.0", Capability.POPULATION_VERIFY);

    public TemplateAdapterProvider() {
        super(PopulationRegistry.class);
    }

    @Override
    public AdapterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected PopulationRegistry createUndecorated(AdapterSettings settings) {
        URI url;
        try {
            url = URI.create(settings.require(PREFIX + "url"));
        } catch (IllegalArgumentException e) {
            throw AdapterConfigurationException.invalid(PREFIX + "url", SettingForm.URL, "http://127.0.0.1:8090");
        }
        if (!url.isAbsolute() || url.getHost() == null) {
            throw AdapterConfigurationException.invalid(PREFIX + "url", SettingForm.URL, "http://127.0.0.1:8090");
        }
        return new TemplateRegistry(DESCRIPTOR, url, settings.secret(PREFIX + "api-key"),
                ResilienceSettings.from(settings, SYSTEM).timeout());
    }
}
