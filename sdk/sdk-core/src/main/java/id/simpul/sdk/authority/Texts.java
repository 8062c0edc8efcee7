package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.catalogue.LocalizedText;
import java.util.Locale;

/** Renders messages whose arguments are themselves translatable (nested messages, bilingual names). */
final class Texts {

    private Texts() {
    }

    static String render(LocalizedMessage message, Locale locale) {
        Object[] args = new Object[message.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = message.args().get(i);
            if (a instanceof LocalizedMessage m) {
                args[i] = render(m, locale);
            } else if (a instanceof LocalizedText t) {
                args[i] = t.in(locale);
            } else {
                args[i] = a;
            }
        }
        return LocalizedMessage.of(message.bundle(), message.key(), args).format(locale);
    }

    static LocalizedMessage msg(String key, Object... args) {
        return LocalizedMessage.of(InvalidAuthorityException.BUNDLE, key, args);
    }
}
