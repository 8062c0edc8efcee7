package id.simpul.adapters.template.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates a new adapter module from this template: provider, translation, simulator, harness and
 * conformance test, renamed for the new system. The generated module builds and runs the conformance
 * kit with {@code mvn verify} as it is; then replace the made-up remote contract with the real one.
 *
 * <pre>
 * mvn -B -pl adapters/adapter-template -am -DskipTests package
 * java -cp adapters/adapter-template/target/classes id.simpul.adapters.template.generator.NewAdapter \
 *     --system prov-registry --name "Registri Provinsi" --package id.simpul.adapters.provreg \
 *     --prefix ProvRegistry --into adapters/prov-registry
 * </pre>
 * and add {@code <module>adapters/prov-registry</module>} to the parent pom.
 */
public final class NewAdapter {

    private static final Pattern SYSTEM = Pattern.compile("[a-z][a-z0-9-]{1,31}");
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Za-z0-9]{0,40}");
    private static final String TEMPLATE_PACKAGE = "id.simpul.adapters.template";

    private final String system;
    private final String displayName;
    private final String javaPackage;
    private final String prefix;

    /**
     * @throws IllegalArgumentException naming the argument that is malformed and its expected form
     */
    public NewAdapter(String system, String displayName, String javaPackage, String prefix) {
        this.system = check(system, SYSTEM, "--system", "2-32 lower-case letters, digits or dashes, e.g. prov-registry");
        this.displayName = Objects.requireNonNull(displayName, "displayName").strip();
        if (this.displayName.isEmpty() || this.displayName.contains("\"") || this.displayName.contains("<")) {
            throw new IllegalArgumentException("--name is the system's name for people, without quotes or '<'");
        }
        this.javaPackage = check(javaPackage, PACKAGE, "--package", "a Java package such as id.simpul.adapters.provreg");
        if (javaPackage.equals(TEMPLATE_PACKAGE) || javaPackage.startsWith(TEMPLATE_PACKAGE + ".")) {
            throw new IllegalArgumentException("--package must differ from the template's package");
        }
        this.prefix = check(prefix, PREFIX, "--prefix", "a class-name prefix such as ProvRegistry");
    }

    public static void main(String[] args) {
        try {
            Map<String, String> flags = flags(args);
            NewAdapter generator = new NewAdapter(flags.get("system"), flags.get("name"), flags.get("package"),
                    flags.get("prefix"));
            List<Path> written = generator.generate(Path.of(flags.getOrDefault("from", "adapters/adapter-template")),
                    Path.of(Objects.requireNonNull(flags.get("into"), "--into is required")));
            written.forEach(p -> System.out.println("wrote " + p));
            System.out.println("Add <module>" + flags.get("into") + "</module> to the parent pom, then mvn verify.");
        } catch (IllegalArgumentException | NullPointerException | UncheckedIOException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: NewAdapter --system ID --name \"NAME\" --package PKG --prefix Prefix --into DIR"
                    + " [--from adapters/adapter-template]");
            System.exit(2);
        }
    }

    /**
     * Copies the template from {@code template} (its pom and sources, not this generator) into
     * {@code target}, which must not exist yet.
     *
     * @return the files written
     */
    public List<Path> generate(Path template, Path target) {
        if (!Files.isRegularFile(template.resolve("pom.xml")) || !Files.isDirectory(template.resolve("src"))) {
            throw new IllegalArgumentException("--from must be the adapter-template module directory");
        }
        if (Files.exists(target)) {
            throw new IllegalArgumentException("--into " + target + " exists already; choose a new directory");
        }
        String templatePath = TEMPLATE_PACKAGE.replace('.', '/');
        String generatorPath = templatePath + "/generator";
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(template)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                String relative = template.relativize(source).toString().replace('\\', '/');
                if (!relative.equals("pom.xml") && !relative.startsWith("src/")) {
                    continue;
                }
                if (relative.contains(generatorPath + "/") || relative.endsWith(generatorPath)) {
                    continue;
                }
                Path destination = target.resolve(rename(relative.replace(templatePath, javaPackage.replace('.', '/'))));
                Files.createDirectories(destination.getParent());
                Files.writeString(destination, rename(Files.readString(source, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
                written.add(destination);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the template: " + e.getMessage(), e);
        }
        return written;
    }

    String rename(String text) {
        return text.replace(TEMPLATE_PACKAGE, javaPackage)
                .replace("simpul-adapter-template", "simpul-adapter-" + system)
                .replace("<name>Simpul adapter template</name>", "<name>" + displayName + " adapter</name>")
                .replace("template-registry", system)
                .replace("Template registry", displayName)
                .replaceAll("\\bTemplate(?=[A-Z])", prefix);
    }

    private static String check(String value, Pattern pattern, String flag, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(flag + " must be " + expected);
        }
        return value;
    }

    private static Map<String, String> flags(String[] args) {
        Map<String, String> flags = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("flags come in pairs: --name value");
            }
            flags.put(args[i].substring(2).toLowerCase(Locale.ROOT), args[++i]);
        }
        return flags;
    }
}
