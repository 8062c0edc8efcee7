package id.simpul.sdk.spi;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import java.util.List;

/**
 * The adapters are not set up right: no provider or several for a port, an adapter built for another
 * SPI version, a missing or malformed setting, a capability the deployment has not enabled. The
 * message says what to change; it never repeats a configured value (it may be a secret).
 */
public final class AdapterConfigurationException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "id.simpul.sdk.spi.messages";

    private AdapterConfigurationException(String code, Object... args) {
        super(code, LocalizedMessage.of(BUNDLE, code, args));
    }

    static AdapterConfigurationException noProvider(String port, String property) {
        return new AdapterConfigurationException("adapter.none", port, property);
    }

    static AdapterConfigurationException severalProviders(String port, List<String> systems, String property) {
        return new AdapterConfigurationException("adapter.ambiguous", port, String.join(", ", systems), property);
    }

    static AdapterConfigurationException chosenNotFound(String port, String chosen, List<String> systems,
                                                        String property) {
        return new AdapterConfigurationException("adapter.chosen-missing", port, chosen,
                systems.isEmpty() ? "-" : String.join(", ", systems), property);
    }

    static AdapterConfigurationException incompatible(String system, int spiVersion) {
        return new AdapterConfigurationException("adapter.incompatible", system, String.valueOf(spiVersion),
                String.valueOf(AdapterDescriptor.SPI_VERSION));
    }

    static AdapterConfigurationException brokenProvider(String port, String providerClass) {
        return new AdapterConfigurationException("adapter.provider-broken", port, providerClass);
    }

    /** A required setting is absent. */
    public static AdapterConfigurationException missing(String key) {
        return new AdapterConfigurationException("adapter.setting.missing", key);
    }

    /**
     * A setting is present but not of the expected form; the value itself is not repeated.
     *
     * @param bounds the bounds or example the form needs, e.g. min and max for {@link SettingForm#RANGE}
     */
    public static AdapterConfigurationException invalid(String key, SettingForm form, Object... bounds) {
        Object[] args = new Object[bounds.length + 1];
        args[0] = key;
        for (int i = 0; i < bounds.length; i++) {
            args[i + 1] = String.valueOf(bounds[i]);
        }
        return new AdapterConfigurationException(form.messageKey(), args);
    }

    /**
     * A setting is present but not of the expected form, described by an example that reads the same in
     * every language (e.g. {@code ^[0-9]{4}$}); prefer {@link #invalid(String, SettingForm, Object...)}.
     */
    public static AdapterConfigurationException invalid(String key, String example) {
        return new AdapterConfigurationException("adapter.setting.invalid", key, example);
    }

    /**
     * An operation the adapter supports but the deployment has not switched on (e.g. lookup of
     * personal data), with the key that switches it on.
     */
    public static AdapterConfigurationException capabilityDisabled(String system, Capability capability,
                                                                   String key) {
        return new AdapterConfigurationException("adapter.capability.disabled", system, capability.name(), key);
    }

    /** An operation this adapter does not implement at all. */
    public static AdapterConfigurationException capabilityUnsupported(String system, Capability capability) {
        return new AdapterConfigurationException("adapter.capability.unsupported", system, capability.name());
    }

    /**
     * A port was called after {@link Port#close()}: the caller must load the adapter again
     * ({@link Adapters#load}) instead of keeping a closed one.
     */
    public static AdapterConfigurationException closed(String system) {
        return new AdapterConfigurationException("adapter.closed", system);
    }
}
