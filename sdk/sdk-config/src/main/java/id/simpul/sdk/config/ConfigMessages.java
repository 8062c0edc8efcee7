package id.simpul.sdk.config;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.catalogue.LocalizedText;
import java.util.Locale;

/** The message bundle of the configuration module (base = Bahasa Indonesia, {@code _en} = English). */
public final class ConfigMessages {

    /** Base name of the bundle. */
    public static final String BUNDLE = "id.simpul.sdk.config.messages";

    private ConfigMessages() {
    }

    /**
     * Renders a message whose arguments may themselves be translatable (nested messages, texts in
     * both languages), as the SDK's engine messages are.
     */
    public static String render(LocalizedMessage message, Locale locale) {
        Object[] args = new Object[message.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = message.args().get(i);
            args[i] = a instanceof LocalizedMessage m ? render(m, locale) : a instanceof LocalizedText t ? t.in(locale) : a;
        }
        return LocalizedMessage.of(message.bundle(), message.key(), args).format(locale);
    }

    /** A message of this module's bundle. */
    public static LocalizedMessage of(String key, Object... args) {
        return LocalizedMessage.of(BUNDLE, key, args);
    }
}
