package id.simpul.sdk.config.check;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.config.ConfigMessages;
import java.nio.file.Path;
import java.util.Locale;

/** The command line of {@code simpul-check}, parsed and checked. */
record CheckArguments(Locale locale, boolean help, boolean demo, Path folder) {

    /** A command line that cannot be run, with what is wrong. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient LocalizedMessage message;

        UsageException(String key, Object... args) {
            super(key, null, false, false);
            this.message = ConfigMessages.of(key, args);
        }

        LocalizedMessage message() {
            return message;
        }
    }

    static CheckArguments parse(String[] args) throws UsageException {
        Locale locale = Locale.forLanguageTag("id");
        boolean help = false;
        boolean demo = false;
        Path folder = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--lang" -> locale = language(value(args, ++i, a));
                case "--help", "-h" -> help = true;
                case "--demo" -> demo = true;
                default -> {
                    if (a.startsWith("--lang=")) {
                        locale = language(a.substring("--lang=".length()));
                    } else if (a.startsWith("-")) {
                        throw new UsageException("cli.unknown-option", a);
                    } else if (folder != null) {
                        throw new UsageException("cli.extra-argument", a);
                    } else {
                        folder = Path.of(a);
                    }
                }
            }
        }
        if (!help && (folder == null) == !demo) {
            throw new UsageException(demo ? "cli.demo-and-folder" : "cli.no-folder");
        }
        return new CheckArguments(locale, help, demo, folder);
    }

    /** The language asked for, even on a command line that is otherwise wrong; Indonesian by default. */
    static Locale languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String tag = args[i].equals("--lang") && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith("--lang=") ? args[i].substring(7) : null;
            if ("en".equals(tag)) {
                return Locale.ENGLISH;
            }
        }
        return Locale.forLanguageTag("id");
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("cli.missing-value", option);
        }
        return args[i];
    }

    private static Locale language(String tag) throws UsageException {
        return switch (tag) {
            case "id" -> Locale.forLanguageTag("id");
            case "en" -> Locale.ENGLISH;
            default -> throw new UsageException("cli.lang", tag);
        };
    }
}
