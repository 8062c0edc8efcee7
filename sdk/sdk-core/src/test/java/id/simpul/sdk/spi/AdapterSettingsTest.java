package id.simpul.sdk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AdapterSettingsTest {

    private final AdapterSettings settings = AdapterSettings.of(Map.of(
            "a.timeout", "250ms", "a.wait", "2s", "a.iso", "PT1.5S", "a.minutes", "2m", "a.bad", "soon",
            "a.count", " 7 ", "a.flag", "ya", "a.blank", "  ", "a.password", "rahasia-sekali"));

    @Test
    void durations_acceptMillisSecondsMinutesAndIso() {
        assertThat(settings.duration("a.timeout", Duration.ZERO)).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.duration("a.wait", Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.duration("a.iso", Duration.ZERO)).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.duration("a.minutes", Duration.ZERO)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.duration("a.absent", Duration.ofSeconds(9))).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void malformedValue_isRefusedNamingTheKeyNotTheValue() {
        assertThatThrownBy(() -> settings.duration("a.bad", Duration.ZERO))
                .isInstanceOf(AdapterConfigurationException.class)
                .hasMessageContaining("a.bad").hasMessageNotContaining("soon");
        assertThatThrownBy(() -> settings.integer("a.password", 1))
                .hasMessageContaining("a.password").hasMessageNotContaining("rahasia");
    }

    @Test
    void blankValues_countAsAbsent_andRequireSaysWhereToSetIt() {
        assertThat(settings.get("a.blank")).isEmpty();
        assertThatThrownBy(() -> settings.require("a.blank"))
                .isInstanceOf(AdapterConfigurationException.class)
                .hasMessageContaining("a.blank").hasMessageContaining("MicroProfile Config");
    }

    @Test
    void typedValues_areTrimmedAndParsed() {
        assertThat(settings.integer("a.count", 0)).isEqualTo(7);
        assertThat(settings.flag("a.flag", false)).isTrue();
    }

    @Test
    void secrets_neverShowInToString() {
        Secret secret = settings.secret("a.password");
        assertThat(secret.reveal()).isEqualTo("rahasia-sekali");
        assertThat(secret.toString()).doesNotContain("rahasia");
        assertThat(secret).isNotEqualTo(Secret.of("rahasia-sekali"));
    }

    @Test
    void environment_namesVariablesTheMicroProfileWay() {
        AdapterSettings env = AdapterSettings.environment(Map.of("SIMPUL_ADAPTERS_DUKCAPIL_URL", "http://127.0.0.1:8081",
                "SIMPUL_ADAPTERS_DUKCAPIL_LOOKUP_ENABLED", "true"));

        assertThat(env.get("simpul.adapters.dukcapil.url")).contains("http://127.0.0.1:8081");
        assertThat(env.flag("simpul.adapters.dukcapil.lookup.enabled", false)).isTrue();
        assertThat(env.get("simpul.adapters.oss.url")).isEmpty();
    }

    @Test
    void orElse_fallsBackOnlyForMissingKeys() {
        Properties p = new Properties();
        p.setProperty("a.count", "3");
        p.setProperty("b.only", "x");
        AdapterSettings layered = settings.orElse(AdapterSettings.of(p));

        assertThat(layered.integer("a.count", 0)).isEqualTo(7);
        assertThat(layered.get("b.only")).contains("x");
    }
}
