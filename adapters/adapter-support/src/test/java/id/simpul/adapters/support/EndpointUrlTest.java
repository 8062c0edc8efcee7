package id.simpul.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointUrlTest {

    private static URI read(String value) {
        return EndpointUrl.require(AdapterSettings.of(Map.of("simpul.adapters.x.url", value)), "simpul.adapters.x.url",
                "https://host/x");
    }

    @Test
    void httpAndHttpsUrls_areAccepted() {
        assertThat(read("https://oss.example:8443/oss-rba")).hasToString("https://oss.example:8443/oss-rba");
        assertThat(read("http://127.0.0.1:8082/oss")).hasPort(8082);
    }

    @Test
    void urlWithCredentialsOrWithoutHostOrScheme_isRefusedWithoutEchoingTheValue() {
        for (String bad : new String[] {"https://user:Rahasia-99@oss.example/x", "ftp://oss.example/x", "oss.example/x",
            "https://bad host/x"}) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(AdapterConfigurationException.class)
                    .hasMessageContaining("simpul.adapters.x.url").hasMessageContaining("https://host/x")
                    .hasMessageNotContaining("Rahasia-99");
        }
    }
}
