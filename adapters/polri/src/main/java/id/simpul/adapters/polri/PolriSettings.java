package id.simpul.adapters.polri;

import id.simpul.adapters.support.EndpointUrl;
import id.simpul.adapters.support.ResilienceSettings;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Polri adapter, read from {@link AdapterSettings} under {@code simpul.adapters.polri.}:
 *
 * <table>
 *   <caption>keys</caption>
 *   <tr><th>key</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code url}</td><td>address of the verification service</td><td>required</td></tr>
 *   <tr><td>{@code user}</td><td>account id ({@code idPengguna})</td><td>required</td></tr>
 *   <tr><td>{@code password}</td><td>account password ({@code kataSandi}), never logged</td><td>required</td></tr>
 *   <tr><td>{@code institution}</td><td>calling office code ({@code kodeInstansi}), e.g. DISDUKCAPIL-6112</td><td>required</td></tr>
 *   <tr><td>{@code connect-timeout}</td><td>time to open a connection</td><td>2s</td></tr>
 *   <tr><td>{@code receive-timeout}</td><td>time to wait for the answer (the resilience layer releases the caller at its {@code timeout}; this frees the worker a little later)</td><td>{@code timeout} + 1s</td></tr>
 * </table>
 *
 * @param url            service address
 * @param user           account id
 * @param password       account password
 * @param institution    calling office code
 * @param connectTimeout connection timeout
 * @param receiveTimeout answer timeout
 */
public record PolriSettings(URI url, String user, Secret password, String institution, Duration connectTimeout,
                            Duration receiveTimeout) {

    /** Prefix of every key. */
    public static final String PREFIX = "simpul.adapters.polri.";

    public PolriSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(receiveTimeout, "receiveTimeout");
    }

    /** @throws id.simpul.sdk.spi.AdapterConfigurationException naming the first missing or malformed key */
    public static PolriSettings from(AdapterSettings settings) {
        return new PolriSettings(
                url(settings, PREFIX + "url"),
                settings.require(PREFIX + "user"),
                settings.secret(PREFIX + "password"),
                settings.require(PREFIX + "institution"),
                settings.duration(PREFIX + "connect-timeout", Duration.ofSeconds(2)),
                settings.duration(PREFIX + "receive-timeout",
                        ResilienceSettings.from(settings, "polri").timeout().plusSeconds(1)));
    }

    static URI url(AdapterSettings settings, String key) {
        return EndpointUrl.require(settings, key, "https://host/polri/verifikasi");
    }

    @Override
    public String toString() {
        return "PolriSettings[url=" + url + ", institution=" + institution + "]";
    }
}
