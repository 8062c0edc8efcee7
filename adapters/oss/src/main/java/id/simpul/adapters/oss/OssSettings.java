package id.simpul.adapters.oss;

import id.simpul.adapters.support.EndpointUrl;
import id.simpul.adapters.support.ResilienceSettings;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the OSS RBA adapter, read from {@link AdapterSettings} under {@code simpul.adapters.oss.}:
 *
 * <table>
 *   <caption>keys</caption>
 *   <tr><th>key</th><th>meaning</th><th>default</th></tr>
 *   <tr><td>{@code url}</td><td>base address of the host-to-host interface; operations are below it</td><td>required</td></tr>
 *   <tr><td>{@code user-key}</td><td>the {@code user_key} issued by OSS to the regency, never logged</td><td>required</td></tr>
 *   <tr><td>{@code institution}</td><td>the regency's institution code ({@code kd_instansi}) in pushes</td><td>required</td></tr>
 *   <tr><td>{@code region}</td><td>the regency's Kemendagri code ({@code kd_daerah}), e.g. 61.12</td><td>required</td></tr>
 *   <tr><td>{@code officer-id}</td><td>the officer id sent as {@code nip_status}/{@code nip_ttd}</td><td>{@code -}</td></tr>
 *   <tr><td>{@code connect-timeout}</td><td>time to open a connection</td><td>2s</td></tr>
 *   <tr><td>{@code read-timeout}</td><td>time to wait for the answer (the resilience layer releases the caller at its {@code timeout}; this frees the worker a little later)</td><td>{@code timeout} + 1s</td></tr>
 * </table>
 *
 * @param url            base address
 * @param userKey        the OSS key
 * @param institution    {@code kd_instansi}
 * @param region         {@code kd_daerah}, compact digits
 * @param officerId      {@code nip_status}
 * @param connectTimeout connection timeout
 * @param readTimeout    answer timeout
 */
public record OssSettings(URI url, Secret userKey, String institution, String region, String officerId,
                          Duration connectTimeout, Duration readTimeout) {

    /** Prefix of every key. */
    public static final String PREFIX = "simpul.adapters.oss.";

    public OssSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }

    /** @throws AdapterConfigurationException naming the first missing or malformed key, never its value */
    public static OssSettings from(AdapterSettings settings) {
        String regionKey = PREFIX + "region";
        String region = id.simpul.sdk.region.RegionCode.tryParse(settings.require(regionKey))
                .filter(c -> c.level() == id.simpul.sdk.region.RegionLevel.REGENCY)
                .orElseThrow(() -> AdapterConfigurationException.invalid(regionKey, "regency code such as 61.12"))
                .compact();
        return new OssSettings(url(settings, PREFIX + "url"), settings.secret(PREFIX + "user-key"),
                settings.require(PREFIX + "institution"), region, settings.string(PREFIX + "officer-id", "-"),
                settings.duration(PREFIX + "connect-timeout", Duration.ofSeconds(2)),
                settings.duration(PREFIX + "read-timeout",
                        ResilienceSettings.from(settings, "oss").timeout().plusSeconds(1)));
    }

    private static URI url(AdapterSettings settings, String key) {
        return EndpointUrl.require(settings, key, "https://host/oss-rba");
    }

    @Override
    public String toString() {
        return "OssSettings[url=" + url + ", institution=" + institution + ", region=" + region + "]";
    }
}
