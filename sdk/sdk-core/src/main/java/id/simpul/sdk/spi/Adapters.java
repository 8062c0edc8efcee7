package id.simpul.sdk.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the adapter for a port among the {@link AdapterProvider}s on the class path, the way SLF4J
 * finds its backend, but stricter: exactly one provider must answer for a port. When several are
 * present, the property {@code simpul.adapters.<port-key>.provider} names the chosen system, e.g.
 * {@code simpul.adapters.population-registry.provider=dukcapil}. Zero providers, several unchosen,
 * a chosen one that is absent or an adapter built for another SPI version each fail with an
 * {@link AdapterConfigurationException} saying what was found and what to change.
 */
public final class Adapters {

    private Adapters() {
    }

    /** The property that chooses among several providers of a port. */
    public static String providerProperty(Class<? extends Port> port) {
        return "simpul.adapters." + portKey(port) + ".provider";
    }

    /** {@code PopulationRegistry} → {@code population-registry}. */
    public static String portKey(Class<? extends Port> port) {
        String name = port.getSimpleName();
        StringBuilder key = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                key.append('-');
            }
            key.append(Character.toLowerCase(c));
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** Loads the adapter for a port with the context class loader (or this class's loader). */
    public static <P extends Port> P load(Class<P> port, AdapterSettings settings) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(port, settings, context != null ? context : Adapters.class.getClassLoader());
    }

    public static <P extends Port> P load(Class<P> port, AdapterSettings settings, ClassLoader loader) {
        Objects.requireNonNull(settings, "settings");
        AdapterProvider<P> provider = choose(port, providers(port, loader), settings);
        return port.cast(provider.create(settings));
    }

    /** Descriptors of every provider of the port on the class path, e.g. for a health page. */
    public static List<AdapterDescriptor> available(Class<? extends Port> port, ClassLoader loader) {
        List<AdapterDescriptor> found = new ArrayList<>();
        providers(port, loader).forEach(p -> found.add(p.descriptor()));
        return List.copyOf(found);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static <P extends Port> List<AdapterProvider<P>> providers(Class<P> port, ClassLoader loader) {
        Objects.requireNonNull(port, "port");
        List<AdapterProvider<P>> found = new ArrayList<>();
        var iterator = ServiceLoader.load(AdapterProvider.class, loader).iterator();
        while (true) {
            AdapterProvider candidate;
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                candidate = iterator.next();
            } catch (ServiceConfigurationError e) {
                throw AdapterConfigurationException.brokenProvider(portKey(port), firstLine(e));
            }
            if (candidate.descriptor().port() == port) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static <P extends Port> AdapterProvider<P> choose(Class<P> port, List<AdapterProvider<P>> providers,
                                                              AdapterSettings settings) {
        String property = providerProperty(port);
        List<String> systems = providers.stream().map(p -> p.descriptor().system()).toList();
        Optional<String> chosen = settings.get(property);
        AdapterProvider<P> provider;
        if (chosen.isPresent()) {
            provider = providers.stream().filter(p -> p.descriptor().system().equals(chosen.get())).findFirst()
                    .orElseThrow(() -> AdapterConfigurationException.chosenNotFound(portKey(port), chosen.get(),
                            systems, property));
        } else if (providers.isEmpty()) {
            throw AdapterConfigurationException.noProvider(portKey(port), property);
        } else if (providers.size() > 1) {
            List<String> found = providers.stream()
                    .map(p -> p.descriptor().system() + " (" + p.getClass().getName() + ")").toList();
            throw AdapterConfigurationException.severalProviders(portKey(port), found, property);
        } else {
            provider = providers.get(0);
        }
        AdapterDescriptor descriptor = provider.descriptor();
        if (descriptor.spiVersion() != AdapterDescriptor.SPI_VERSION) {
            throw AdapterConfigurationException.incompatible(descriptor.system(), descriptor.spiVersion());
        }
        return provider;
    }

    private static String firstLine(ServiceConfigurationError e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
