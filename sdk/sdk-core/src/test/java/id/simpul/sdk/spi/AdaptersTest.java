package id.simpul.sdk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.population.PopulationRegistry;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdaptersTest {

    @Test
    void portKey_isTheSimpleNameInKebabCase() {
        assertThat(Adapters.portKey(PopulationRegistry.class)).isEqualTo("population-registry");
        assertThat(Adapters.providerProperty(LicensingGateway.class))
                .isEqualTo("simpul.adapters.licensing-gateway.provider");
    }

    @Test
    void load_withoutAnyProvider_failsNamingThePortAndTheProperty() {
        assertThatThrownBy(() -> Adapters.load(LicensingGateway.class, AdapterSettings.empty()))
                .isInstanceOf(AdapterConfigurationException.class)
                .hasMessageContaining("licensing-gateway")
                .hasMessageContaining("simpul.adapters.licensing-gateway.provider")
                .extracting(e -> ((AdapterConfigurationException) e).code()).isEqualTo("adapter.none");
    }

    @Test
    void load_withSeveralProvidersAndNoChoice_listsThemAndTheChoosingProperty() {
        assertThatThrownBy(() -> Adapters.load(PoliceReports.class, AdapterSettings.empty()))
                .isInstanceOf(AdapterConfigurationException.class)
                .hasMessageContaining("police-a (id.simpul.sdk.spi.TestProviders$PoliceA)")
                .hasMessageContaining("police-b (id.simpul.sdk.spi.TestProviders$PoliceB)")
                .hasMessageContaining("simpul.adapters.police-reports.provider")
                .satisfies(e -> assertThat(((AdapterConfigurationException) e).getMessage(Locale.ENGLISH))
                        .startsWith("Several adapters for port police-reports"));
    }

    @Test
    void load_withAChoice_returnsTheChosenAdapter() {
        PoliceReports police = Adapters.load(PoliceReports.class,
                AdapterSettings.of(Map.of("simpul.adapters.police-reports.provider", "police-b")));

        assertThat(police.descriptor().system()).isEqualTo("police-b");
    }

    @Test
    void load_withAChoiceThatIsAbsent_saysWhatIsPresent() {
        assertThatThrownBy(() -> Adapters.load(PoliceReports.class,
                AdapterSettings.of(Map.of("simpul.adapters.police-reports.provider", "polri"))))
                .hasMessageContaining("\"polri\"").hasMessageContaining("police-a, police-b")
                .extracting(e -> ((AdapterConfigurationException) e).code()).isEqualTo("adapter.chosen-missing");
    }

    @Test
    void load_ofAnAdapterBuiltForAnotherSpiVersion_isRefused() {
        assertThatThrownBy(() -> Adapters.load(PopulationRegistry.class, AdapterSettings.empty()))
                .isInstanceOf(AdapterConfigurationException.class)
                .hasMessageContaining("old-registry")
                .extracting(e -> ((AdapterConfigurationException) e).code()).isEqualTo("adapter.incompatible");
    }

    @Test
    void load_withAProviderThatCannotBeLoaded_namesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path services = dir.resolve("META-INF/services");
        java.nio.file.Files.createDirectories(services);
        java.nio.file.Files.writeString(services.resolve(AdapterProvider.class.getName()), "com.example.MissingProvider\n");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                null)) {
            ClassLoader both = new ClassLoader(getClass().getClassLoader()) {
                @Override
                public java.util.Enumeration<java.net.URL> getResources(String name) throws java.io.IOException {
                    return loader.getResources(name);
                }
            };

            assertThatThrownBy(() -> Adapters.load(PoliceReports.class, AdapterSettings.empty(), both))
                    .isInstanceOf(AdapterConfigurationException.class)
                    .hasMessageContaining("com.example.MissingProvider")
                    .hasMessageContaining("META-INF/services")
                    .extracting(e -> ((AdapterConfigurationException) e).code()).isEqualTo("adapter.provider-broken");
        }
    }

    @Test
    void available_listsEveryProviderOfAPort() {
        assertThat(Adapters.available(PoliceReports.class, getClass().getClassLoader()))
                .extracting(AdapterDescriptor::system).containsExactlyInAnyOrder("police-a", "police-b");
    }

    @Test
    void descriptor_refusesABadSystemNameAndTheBarePort() {
        assertThatThrownBy(() -> AdapterDescriptor.of(PoliceReports.class, "Polri HQ", "Polri", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdapterDescriptor.of(Port.class, "polri", "Polri", "1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
