package id.simpul.sdk.spi;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an adapter is: the port it implements, the system it talks to, its own version, the SPI
 * version it was written against and the capabilities it supports.
 *
 * @param port         the port interface implemented, e.g. {@code PopulationRegistry.class}
 * @param system       short lower-case identifier of the remote system, e.g. {@code dukcapil}; used in
 *                     configuration keys, metrics and messages
 * @param displayName  the system's name for people, e.g. {@code Dukcapil (Kemendagri)}
 * @param version      the adapter's own version
 * @param spiVersion   the SPI version the adapter was built against; see {@link #SPI_VERSION}
 * @param capabilities what the adapter can do
 */
public record AdapterDescriptor(Class<? extends Port> port, String system, String displayName, String version,
                                int spiVersion, Set<Capability> capabilities) {

    /** Version of this SPI. An adapter built for another version is refused when it is loaded. */
    public static final int SPI_VERSION = 1;

    private static final Pattern SYSTEM = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    public AdapterDescriptor {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(version, "version");
        if (!port.isInterface() || !Port.class.isAssignableFrom(port) || port == Port.class) {
            throw new IllegalArgumentException("port must be a port interface extending Port, not " + port.getName());
        }
        if (!SYSTEM.matcher(system).matches()) {
            throw new IllegalArgumentException("system is 2-32 lower-case letters, digits or dashes, e.g. dukcapil");
        }
        if (displayName.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("displayName and version must not be blank");
        }
        capabilities = Set.copyOf(capabilities);
    }

    /** A descriptor for the current {@link #SPI_VERSION}. */
    public static AdapterDescriptor of(Class<? extends Port> port, String system, String displayName, String version,
                                       Capability... capabilities) {
        return new AdapterDescriptor(port, system, displayName, version, SPI_VERSION, Set.of(capabilities));
    }

    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The port's configuration key, e.g. {@code population-registry} for {@code PopulationRegistry}. */
    public String portKey() {
        return Adapters.portKey(port);
    }
}
