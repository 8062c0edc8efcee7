package id.simpul.adapters.support;

import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import java.net.URI;
import java.net.URISyntaxException;

/** The address of the remote system, read from an adapter's settings. */
public final class EndpointUrl {

    private EndpointUrl() {
    }

    /**
     * The setting {@code key} as an http(s) URL with a host and without credentials in it.
     *
     * @param example a valid value, shown in the error, e.g. {@code https://host/oss-rba}
     * @throws AdapterConfigurationException naming the key and the example (never the value given,
     *                                       which may hold a password)
     */
    public static URI require(AdapterSettings settings, String key, String example) {
        String raw = settings.require(key);
        try {
            URI uri = new URI(raw);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below without echoing the value
        }
        throw AdapterConfigurationException.invalid(key, "http(s) URL without credentials, e.g. " + example);
    }
}
