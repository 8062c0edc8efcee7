package id.simpul.sdk;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A message key with its arguments, rendered in a language on demand.
 *
 * <p>Bundles follow the house rule "Bahasa Indonesia first": the base bundle
 * ({@code messages.properties}) is Indonesian, {@code messages_en.properties} is English. Any
 * other language falls back to Indonesian, never to the JVM's default locale.
 *
 * @param bundle base name of the resource bundle, e.g. {@code id.simpul.sdk.messages}
 * @param key    message key inside the bundle
 * @param args   {@link MessageFormat} arguments; never personal data
 */
public record LocalizedMessage(String bundle, String key, List<Object> args) {

    /** Bahasa Indonesia, the default language of every Simpul message. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final ResourceBundle.Control NO_JVM_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public LocalizedMessage {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        args = args.stream().map(a -> a == null ? "" : a).toList();
    }

    /** A message; a {@code null} argument renders as empty text, so building an error never fails. */
    public static LocalizedMessage of(String bundle, String key, Object... args) {
        return new LocalizedMessage(bundle, key, Arrays.asList(args));
    }

    /** Renders the message; an unknown key renders as the key itself so nothing is ever lost. */
    public String format(Locale locale) {
        Locale target = locale == null ? INDONESIAN : locale;
        try {
            ResourceBundle rb = ResourceBundle.getBundle(bundle, target, classLoader(), NO_JVM_DEFAULT_FALLBACK);
            String pattern = rb.getString(key);
            return new MessageFormat(pattern, target).format(args.toArray());
        } catch (MissingResourceException e) {
            return key + (args.isEmpty() ? "" : " " + args);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : LocalizedMessage.class.getClassLoader();
    }
}
