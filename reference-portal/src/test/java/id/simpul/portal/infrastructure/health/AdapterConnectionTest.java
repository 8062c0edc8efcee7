package id.simpul.portal.infrastructure.health;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterConnectionTest {

    private static final String PREFIX = "simpul.adapters.oss.";
    private static final List<String> REQUIRED = List.of("url", "user-key", "institution", "region");

    @Test
    void missingKeys_outsideDemoMode_namesEveryMissingKeyAndItsEnvironmentVariable_inBothLanguages() {
        AdapterSettings configured = AdapterSettings.of(Map.of(PREFIX + "url", "https://oss.example/oss-rba",
                PREFIX + "user-key", "rahasia"));

        AdapterConfigurationException e = AdapterConnection.missingKeys(configured, PREFIX, REQUIRED).orElseThrow();

        assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains("belum diisi",
                "simpul.adapters.oss.institution (SIMPUL_ADAPTERS_OSS_INSTITUTION)",
                "simpul.adapters.oss.region (SIMPUL_ADAPTERS_OSS_REGION)");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("is not set", "SIMPUL_ADAPTERS_OSS_INSTITUTION",
                "SIMPUL_ADAPTERS_OSS_REGION");
        assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("rahasia", "USER_KEY", "oss.example");
    }

    @Test
    void missingKeys_allSet_isEmpty() {
        AdapterSettings configured = AdapterSettings.of(Map.of(PREFIX + "url", "u", PREFIX + "user-key", "k",
                PREFIX + "institution", "i", PREFIX + "region", "61.12"));

        assertThat(AdapterConnection.missingKeys(configured, PREFIX, REQUIRED)).isEmpty();
    }
}
