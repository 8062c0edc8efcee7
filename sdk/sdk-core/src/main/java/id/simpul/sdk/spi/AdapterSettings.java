package id.simpul.sdk.spi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Read-only configuration an adapter is created with. Inside the portal it is backed by MicroProfile
 * Config (see adapter-support); outside a container by a {@link Map} or {@link Properties}.
 *
 * <p>Keys follow {@code simpul.adapters.<system>.<name>}, e.g.
 * {@code simpul.adapters.dukcapil.url}. Typed getters refuse a malformed value with an
 * {@link AdapterConfigurationException} that names the key and the expected form, never the value.
 */
@FunctionalInterface
public interface AdapterSettings {

    /** The raw value of a key, if set and not blank. */
    Optional<String> get(String key);

    static AdapterSettings empty() {
        return key -> Optional.empty();
    }

    static AdapterSettings of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return key -> Optional.ofNullable(copy.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    static AdapterSettings of(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return key -> Optional.ofNullable(copy.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** JVM system properties, read when asked (so tests and launch scripts may set them). */
    static AdapterSettings systemProperties() {
        return key -> Optional.ofNullable(System.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /**
     * Environment variables, named as MicroProfile Config names them: the key in upper case with every
     * character other than a letter or digit replaced by {@code _}, e.g.
     * {@code SIMPUL_ADAPTERS_DUKCAPIL_URL} for {@code simpul.adapters.dukcapil.url}.
     */
    static AdapterSettings environment() {
        return environment(System.getenv());
    }

    /** As {@link #environment()}, from the given variables. */
    static AdapterSettings environment(Map<String, String> variables) {
        Map<String, String> copy = Map.copyOf(variables);
        return key -> Optional.ofNullable(copy.get(key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_")))
                .map(String::trim).filter(v -> !v.isEmpty());
    }

    /** These settings, with {@code fallback} answering the keys they do not have. */
    default AdapterSettings orElse(AdapterSettings fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return key -> {
            Optional<String> mine = get(key);
            return mine.isPresent() ? mine : fallback.get(key);
        };
    }

    default String require(String key) {
        return get(key).orElseThrow(() -> AdapterConfigurationException.missing(key));
    }

    default String string(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    default int integer(String key, int defaultValue) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw AdapterConfigurationException.invalid(key, SettingForm.INTEGER);
        }
    }

    default double decimal(String key, double defaultValue) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(raw.get());
        } catch (NumberFormatException e) {
            throw AdapterConfigurationException.invalid(key, SettingForm.DECIMAL);
        }
    }

    default boolean flag(String key, boolean defaultValue) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "ya" -> true;
            case "false", "no", "off", "tidak" -> false;
            default -> throw AdapterConfigurationException.invalid(key, SettingForm.FLAG);
        };
    }

    /**
     * A duration written as milliseconds ({@code 250ms}), seconds ({@code 2s}), minutes
     * ({@code 1m}) or ISO-8601 ({@code PT2S}).
     */
    default Duration duration(String key, Duration defaultValue) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        Duration parsed = parseDuration(raw.get());
        if (parsed == null || parsed.isNegative()) {
            throw AdapterConfigurationException.invalid(key, SettingForm.DURATION);
        }
        return parsed;
    }

    /** A credential; refused when missing, with a message naming the key. */
    default Secret secret(String key) {
        return Secret.of(require(key));
    }

    private static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).trim()) * 60);
            }
            return Duration.ofMillis(Long.parseLong(t));
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }
}
