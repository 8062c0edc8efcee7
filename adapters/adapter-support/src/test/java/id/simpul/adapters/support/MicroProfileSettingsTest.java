package id.simpul.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.spi.AdapterSettings;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class MicroProfileSettingsTest {

    /** A Config answering getOptionalValue from a map, as any MicroProfile Config implementation would. */
    private static Config config(Map<String, String> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue") && args[1] == String.class) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void settings_areReadThroughMicroProfileConfig_blankMeaningAbsent() {
        AdapterSettings settings = MicroProfileSettings.of(config(Map.of(
                "simpul.adapters.dukcapil.timeout", "750ms", "simpul.adapters.dukcapil.url", "  ")));

        assertThat(ResilienceSettings.from(settings, "dukcapil").timeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(settings.get("simpul.adapters.dukcapil.url")).isEmpty();
        assertThat(settings.get("simpul.adapters.dukcapil.password")).isEmpty();
    }
}
