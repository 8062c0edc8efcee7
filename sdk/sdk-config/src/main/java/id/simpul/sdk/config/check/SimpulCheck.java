package id.simpul.sdk.config.check;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.config.CheckResult;
import id.simpul.sdk.config.ConfigMessages;
import id.simpul.sdk.config.ConfigSource;
import id.simpul.sdk.config.ConfigurationLoader;
import id.simpul.sdk.config.DemoConfiguration;
import id.simpul.sdk.authority.Decision;
import id.simpul.sdk.authority.Refusal;
import id.simpul.sdk.authority.Resolution;
import id.simpul.sdk.authority.ResolutionQuery;
import id.simpul.sdk.calendar.IndonesianTimeZone;
import id.simpul.sdk.config.RegencyConfiguration;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code simpul-check}: checks a regency configuration folder and prints a report.
 *
 * <pre>
 * java -jar simpul-check.jar [--lang id|en] FOLDER
 * java -jar simpul-check.jar [--lang id|en] --demo
 * java -jar simpul-check.jar [--lang id|en] FOLDER|--demo --explain SERVICE REGION FILING-AGENCY
 *                            [--date YYYY-MM-DD] [--attr field=value]...
 * java -jar simpul-check.jar [--lang id|en] --init NEW-FOLDER
 * </pre>
 *
 * Exit status: 0 clean (with {@code --explain}: an office is competent), 1 the configuration has
 * problems (all listed), 2 the command was used wrongly, 3 with {@code --explain}: no office is
 * competent (the refusal names the missing link).
 */
public final class SimpulCheck {

    /** Exit status of a clean configuration. */
    public static final int CLEAN = 0;
    /** Exit status when the configuration has problems. */
    public static final int PROBLEMS = 1;
    /** Exit status when the command line is wrong. */
    public static final int USAGE = 2;
    /** Exit status of {@code --explain} when the request would be refused. */
    public static final int REFUSED = 3;

    private SimpulCheck() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command; returns the exit status instead of exiting, so it can be tested. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CheckArguments parsed;
        try {
            parsed = CheckArguments.parse(args);
        } catch (CheckArguments.UsageException e) {
            Locale locale = CheckArguments.languageOf(args);
            err.println(e.message().format(locale));
            err.println();
            err.println(ConfigMessages.of("cli.usage").format(locale));
            return USAGE;
        }
        Locale locale = parsed.locale();
        if (parsed.help()) {
            out.println(ConfigMessages.of("cli.usage").format(locale));
            return CLEAN;
        }
        if (parsed.init().isPresent()) {
            return init(parsed.init().get(), locale, out, err);
        }
        ConfigSource source;
        if (parsed.demo()) {
            source = DemoConfiguration.source();
        } else {
            Path folder = parsed.folder();
            if (!Files.isDirectory(folder)) {
                err.println(message("cli.not-a-folder", folder).format(locale));
                err.println();
                err.println(ConfigMessages.of("cli.usage").format(locale));
                return USAGE;
            }
            source = ConfigSource.folder(folder);
        }
        CheckResult result;
        try {
            result = ConfigurationLoader.official().check(source);
        } catch (UncheckedIOException e) {
            err.println(message("cli.io", source.origin(), String.valueOf(e.getCause().getMessage())).format(locale));
            return USAGE;
        }
        if (parsed.explain().isPresent() && result.isClean()) {
            return explain(result.orThrow(), parsed.explain().get(), locale, out);
        }
        (result.isClean() ? out : err).print(result.report(locale));
        return result.isClean() ? CLEAN : PROBLEMS;
    }

    private static int explain(RegencyConfiguration config, CheckArguments.Explain ask, Locale locale, PrintStream out) {
        LocalDate date = ask.date().orElseGet(() -> LocalDate.now(IndonesianTimeZone.of(config.node()).zoneId()));
        ResolutionQuery query = ResolutionQuery.builder().service(ask.service()).subject(ask.region())
                .filedAt(ask.agency()).on(date).attributes(ask.attributes()).build();
        Resolution resolution = config.resolver().resolve(query);
        RegionRegistry regions = config.authorities().regions();
        out.println(message("explain.query", ask.service().value(),
                config.catalogue().inForce(ask.service(), date).map(s -> s.serviceType().name().in(locale)).orElse("?"),
                ask.region().value(), regionName(regions, ask.region()), ask.agency().value(),
                config.agency(ask.agency()).map(a -> locale.getLanguage().equals("en") ? a.nameEn() : a.name()).orElse("?"),
                date.toString(), ask.attributes().isEmpty() ? "-" : attributes(ask)).format(locale));
        out.println();
        out.println(resolution.explain(locale));
        out.println();
        if (resolution instanceof Decision decision) {
            out.println(message("explain.decision", decision.competentOffice().id().value()).format(locale));
            return CLEAN;
        }
        Refusal refusal = (Refusal) resolution;
        out.println(message("explain.refusal", refusal.reason().code(), refusal.missingLink().name()).format(locale));
        return REFUSED;
    }

    /** Writes the demo configuration into a new folder, as a starting point for a real one. */
    private static int init(Path target, Locale locale, PrintStream out, PrintStream err) {
        try {
            if (Files.exists(target) && (!Files.isDirectory(target) || Files.list(target).findAny().isPresent())) {
                err.println(message("cli.init.not-empty", target).format(locale));
                return USAGE;
            }
            ConfigSource demo = DemoConfiguration.source();
            for (String name : demo.files()) {
                Path file = target.resolve(name);
                Files.createDirectories(file.getParent());
                Files.write(file, demo.read(name).orElseThrow(() -> new IOException("missing demo file " + name)));
            }
            out.println(message("cli.init.done", target, demo.files().size()).format(locale));
            return CLEAN;
        } catch (IOException e) {
            err.println(message("cli.io", target, String.valueOf(e.getMessage())).format(locale));
            return USAGE;
        }
    }

    private static String regionName(RegionRegistry regions, RegionCode code) {
        return regions.parentChain(code).stream().map(Region::name).collect(Collectors.joining(", "));
    }

    /** The attribute names only: values may be personal data (a NIK, a name); the explanation quotes those its conditions read. */
    private static String attributes(CheckArguments.Explain ask) {
        return String.join(", ", ask.attributes().asMap().keySet());
    }

    private static LocalizedMessage message(String key, Object... args) {
        return ConfigMessages.of(key, args);
    }
}
