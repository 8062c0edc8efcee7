package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import java.util.Locale;

/** Renders messages whose arguments are themselves translatable (nested messages, bilingual names). */
final class Texts {

    private Texts() {
    }

    static String render(LocalizedMessage message, Locale locale) {
        return render(message, locale, null);
    }

    /** Renders the message; region codes among the arguments are followed by their names when a registry is given. */
    static String render(LocalizedMessage message, Locale locale, RegionRegistry regions) {
        Object[] args = new Object[message.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = message.args().get(i);
            if (a instanceof LocalizedMessage m) {
                args[i] = render(m, locale, regions);
            } else if (a instanceof LocalizedText t) {
                args[i] = t.in(locale);
            } else if (a instanceof RegionCode code && regions != null) {
                args[i] = regions.find(code).map(r -> code.value() + " " + r.name()).orElse(code.value());
            } else if (a instanceof Regions list) {
                args[i] = String.join(", ", list.codes().stream().map(c -> regions == null ? c.value()
                        : regions.find(c).map(r -> c.value() + " " + r.name()).orElse(c.value())).toList());
            } else {
                args[i] = a;
            }
        }
        return LocalizedMessage.of(message.bundle(), message.key(), args).format(locale);
    }

    /** Several region codes as one message argument, rendered as a list. */
    record Regions(java.util.List<RegionCode> codes) {
        @Override
        public String toString() {
            return String.join(", ", codes.stream().map(RegionCode::value).toList());
        }
    }

    static LocalizedMessage msg(String key, Object... args) {
        return LocalizedMessage.of(InvalidAuthorityException.BUNDLE, key, args);
    }
}
