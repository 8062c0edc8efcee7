package id.simpul.sdk.config.check;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.config.CheckResult;
import id.simpul.sdk.config.ConfigMessages;
import id.simpul.sdk.config.ConfigSource;
import id.simpul.sdk.config.ConfigurationLoader;
import id.simpul.sdk.config.DemoConfiguration;
import java.io.PrintStream;
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
 * </pre>
 *
 * Exit status: 0 clean, 1 the configuration has problems (all listed), 2 the command was used wrongly.
 */
public final class SimpulCheck {

    /** Exit status of a clean configuration. */
    public static final int CLEAN = 0;
    /** Exit status when the configuration has problems. */
    public static final int PROBLEMS = 1;
    /** Exit status when the command line is wrong. */
    public static final int USAGE = 2;

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
        CheckResult result = ConfigurationLoader.official().check(source);
        (result.isClean() ? out : err).print(result.report(locale));
        return result.isClean() ? CLEAN : PROBLEMS;
    }

    private static LocalizedMessage message(String key, Object... args) {
        return ConfigMessages.of(key, args);
    }
}
