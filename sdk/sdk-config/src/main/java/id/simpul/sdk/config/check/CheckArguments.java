package id.simpul.sdk.config.check;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.config.ConfigMessages;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The command line of {@code simpul-check}, parsed and checked. */
record CheckArguments(Locale locale, boolean help, boolean demo, Path folder, Optional<Explain> explain,
                      Optional<Path> init) {

    /**
     * What {@code --explain} asks: who may decide SERVICE for REGION filed at AGENCY, on a date
     * (today when not given), with some request attributes.
     */
    record Explain(ServiceCode service, RegionCode region, AgencyId agency, Optional<LocalDate> date,
                   FormData attributes) {
    }

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
        List<String> explain = null;
        Path init = null;
        LocalDate date = null;
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--lang" -> locale = language(value(args, ++i, a));
                case "--help", "-h" -> help = true;
                case "--demo" -> demo = true;
                case "--explain" -> {
                    explain = List.of(value(args, i + 1, a), value(args, i + 2, a), value(args, i + 3, a));
                    i += 3;
                }
                case "--date" -> date = date(value(args, ++i, a));
                case "--init" -> init = Path.of(value(args, ++i, a));
                case "--attr" -> attribute(value(args, ++i, a), attributes);
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
        if (init != null) {
            if (folder != null || demo || explain != null) {
                throw new UsageException("cli.init-alone");
            }
            return new CheckArguments(locale, help, false, null, Optional.empty(), Optional.of(init));
        }
        if (!help && (folder == null) == !demo) {
            throw new UsageException(demo ? "cli.demo-and-folder" : "cli.no-folder");
        }
        if (explain == null && (date != null || !attributes.isEmpty())) {
            throw new UsageException("cli.explain-only");
        }
        return new CheckArguments(locale, help, demo, folder, explain == null ? Optional.empty()
                : Optional.of(explain(explain, date, attributes)), Optional.empty());
    }

    private static Explain explain(List<String> args, LocalDate date, Map<String, List<String>> attributes)
            throws UsageException {
        String service = args.get(0);
        if (!ServiceCode.isWellFormed(service)) {
            throw new UsageException("cli.explain.service", service);
        }
        Optional<RegionCode> region = RegionCode.tryParse(args.get(1));
        if (region.isEmpty()) {
            throw new UsageException("cli.explain.region", args.get(1));
        }
        if (!AgencyId.isWellFormed(args.get(2))) {
            throw new UsageException("cli.explain.agency", args.get(2));
        }
        FormData.Builder form = FormData.builder();
        attributes.forEach(form::put);
        return new Explain(ServiceCode.of(service), region.get(), AgencyId.of(args.get(2)), Optional.ofNullable(date),
                form.build());
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.date", text);
        }
    }

    private static void attribute(String text, Map<String, List<String>> attributes) throws UsageException {
        int eq = text.indexOf('=');
        if (eq < 1) {
            throw new UsageException("cli.attr", text);
        }
        attributes.computeIfAbsent(text.substring(0, eq).strip(), k -> new ArrayList<>()).add(text.substring(eq + 1));
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
