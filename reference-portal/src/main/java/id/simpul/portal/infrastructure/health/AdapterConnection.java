package id.simpul.portal.infrastructure.health;

import id.simpul.adapters.support.AdapterHealth;
import id.simpul.adapters.support.MicroProfileSettings;
import id.simpul.adapters.support.ResilientAdapter;
import id.simpul.portal.infrastructure.config.DataFolder;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Adapters;
import id.simpul.sdk.spi.Port;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One external system the node talks to through an adapter loaded once by {@link Adapters#load} from
 * MicroProfile Config ({@code simpul.adapters.<system>.*}, environment variables
 * {@code SIMPUL_ADAPTERS_<SYSTEM>_*}). Callers get the adapter wrapped by {@link AdapterMeter}, so every
 * call is counted and timed; the health of its circuit is read from the decorated adapter underneath.
 *
 * <p>In demo mode, when the system's {@code url} is not configured, the connection first starts the
 * system's simulator on loopback (port {@code simpul.demo.<system>.port}, default 0 = any free port)
 * and points the adapter at it; anything configured still wins. Outside demo mode every required key
 * must be set, or the deployment stops with one message naming all missing keys. A system can be switched
 * off with {@code simpul.adapters.<system>.enabled=false}: nothing is loaded and calls are refused with
 * {@link AdapterDisabledException}. Closed on shutdown.
 *
 * @param <P> the SDK port
 */
public abstract class AdapterConnection<P extends Port> {

    private static final Logger LOG = Logger.getLogger(AdapterConnection.class.getName());

    @Inject
    AdapterCalls calls;

    private P decorated;
    private P metered;
    private DemoSimulator simulator;
    private boolean enabled = true;

    /** A simulator this node started for demo mode, with the settings that point the adapter at it. */
    public record DemoSimulator(AutoCloseable server, String url, Map<String, String> settings, String note) {
    }

    /** The SDK port this connection serves. */
    protected abstract Class<P> portType();

    /** Short lower-case system name used in keys, metrics and health data: {@code dukcapil}, {@code oss}. */
    public abstract String system();

    /** Keys (after {@code simpul.adapters.<system>.}) that must be set outside demo mode. */
    protected abstract List<String> requiredKeys();

    /** Starts the system's simulator for demo mode on the given port (0 = any free port). */
    protected abstract DemoSimulator startDemoSimulator(int port, AdapterSettings configured);

    @PostConstruct
    void open() {
        AdapterSettings configured = MicroProfileSettings.current();
        enabled = configured.flag(prefix() + "enabled", true);
        if (!enabled) {
            LOG.info(() -> "The " + system() + " adapter is switched off (" + prefix() + "enabled=false)");
            calls.register(this);
            return;
        }
        AdapterSettings settings = configured;
        if (DataFolder.demoMode() && configured.get(prefix() + "url").isEmpty()) {
            int port = configured.integer("simpul.demo." + system() + ".port", 0);
            simulator = startDemoSimulator(port, configured);
            settings = configured.orElse(AdapterSettings.of(simulator.settings()));
        } else {
            requireAll(configured);
        }
        try {
            decorated = Adapters.load(portType(), settings);
            metered = AdapterMeter.meter(portType(), decorated, system(), calls);
        } catch (RuntimeException e) {
            closeSimulator();
            throw e;
        }
        calls.register(this);
    }

    /**
     * Whether this node uses the system at all: {@code simpul.adapters.<system>.enabled}, default true. A
     * regency that has no access to a system (yet) switches it off instead of inventing settings.
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The adapter, metered; thread-safe.
     *
     * @throws AdapterDisabledException when the system is switched off (not retryable: the outbox keeps the
     *                                  message as blocked until the system is switched on)
     */
    public P adapter() {
        if (!enabled) {
            throw new AdapterDisabledException(system(), prefix() + "enabled");
        }
        return metered;
    }

    /** The circuit's state and recent failure rate; empty when switched off. */
    public Optional<AdapterHealth> health() {
        return enabled ? ResilientAdapter.healthOf(decorated) : Optional.empty();
    }

    /** Where the demo simulator listens, when this node started one. */
    public Optional<String> demoSimulatorUrl() {
        return Optional.ofNullable(simulator).map(DemoSimulator::url);
    }

    /** One line for the startup banner: which system answers, never a credential. */
    public String describe() {
        if (!enabled) {
            return "switched off (" + prefix() + "enabled=false)";
        }
        return decorated.descriptor().displayName() + " (adapter " + decorated.descriptor().version() + ")"
                + Optional.ofNullable(simulator).map(s -> " — DEMO simulator at " + s.url() + " (" + s.note() + ")")
                        .orElse("");
    }

    protected String prefix() {
        return "simpul.adapters." + system() + ".";
    }

    private void requireAll(AdapterSettings configured) {
        Optional<AdapterConfigurationException> missing = missingKeys(configured, prefix(), requiredKeys());
        if (missing.isPresent()) {
            AdapterConfigurationException e = missing.get();
            String off = prefix() + "enabled=false";
            LOG.severe(e.getMessage(Locale.forLanguageTag("id"))
                    + " Bila node ini belum memakai sistem ini, matikan dengan " + off + ". / "
                    + e.getMessage(Locale.ENGLISH) + " If this node does not use this system yet, switch it off with "
                    + off + ".");
            throw e;
        }
    }

    /** One problem naming every required key that is not set, with its environment variable; empty when all are. */
    static Optional<AdapterConfigurationException> missingKeys(AdapterSettings configured, String prefix,
                                                               List<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            String full = prefix + key;
            if (configured.get(full).isEmpty()) {
                missing.add(full + " (" + full.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + ")");
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(AdapterConfigurationException.missing(String.join(", ", missing)));
    }

    @PreDestroy
    void close() {
        try {
            if (decorated != null) {
                decorated.close();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the " + system() + " adapter failed: " + e.getClass().getName());
        } finally {
            closeSimulator();
        }
    }

    private void closeSimulator() {
        if (simulator != null) {
            try {
                simulator.server().close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Closing the " + system() + " demo simulator failed: " + e.getClass().getName());
            }
            simulator = null;
        }
    }
}
