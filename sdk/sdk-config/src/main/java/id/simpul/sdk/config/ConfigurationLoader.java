package id.simpul.sdk.config;

import id.simpul.sdk.authority.AuthorityConfiguration;
import id.simpul.sdk.config.internal.AuthorityFilesReader;
import id.simpul.sdk.config.internal.ConfigReader;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a regency configuration folder into the SDK model and checks it: YAML syntax, the JSON
 * Schemas of {@code specs/json-schema/regency-config-*.schema.json}, the region dataset, the
 * references between files and the engine rules. Every problem is reported, not the first only,
 * each with its file, line, field and fix. Thread-safe; reading has no side effect.
 *
 * <pre>{@code
 * CheckResult result = ConfigurationLoader.official().check(Path.of("config/kubu-raya"));
 * if (!result.isClean()) System.err.print(result.report(Locale.forLanguageTag("id")));
 * RegencyConfiguration config = result.orThrow();
 * }</pre>
 */
public final class ConfigurationLoader {

    private final RegionRegistry regions;

    private ConfigurationLoader(RegionRegistry regions) {
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    /** A loader checking region codes against the given registry. */
    public static ConfigurationLoader of(RegionRegistry regions) {
        return new ConfigurationLoader(regions);
    }

    /** A loader checking region codes against the official Kemendagri dataset. */
    public static ConfigurationLoader official() {
        return new ConfigurationLoader(RegionRegistry.official());
    }

    /** Checks the files of a folder. */
    public CheckResult check(Path folder) {
        return check(ConfigSource.folder(folder));
    }

    /** Checks a configuration from any source. */
    public CheckResult check(ConfigSource source) {
        ConfigReader reader = ConfigReader.read(source, regions);
        Optional<AuthorityConfiguration> authorities = AuthorityFilesReader.read(reader);
        if (authorities.isEmpty() || reader.problems().stream().anyMatch(ConfigProblem::isError)) {
            return new CheckResult(source.origin(), reader.fileCount(), Optional.empty(), reader.problems());
        }
        RegencyConfiguration configuration = new RegencyConfiguration(reader.node().orElseThrow(), reader.nodeName(),
                reader.regencies(), authorities.get());
        return new CheckResult(source.origin(), reader.fileCount(), Optional.of(configuration), reader.problems());
    }

    /**
     * Loads a folder.
     *
     * @throws InvalidConfigurationException listing every problem when the folder has any
     */
    public RegencyConfiguration load(Path folder) {
        return check(folder).orThrow();
    }

    /** Loads the demo configuration shipped in this jar. */
    public RegencyConfiguration loadDemo() {
        return check(DemoConfiguration.source()).orThrow();
    }

    /**
     * Loads the demo configuration as seen from one of its regencies, e.g. {@code 61.06} for a
     * Kapuas Hulu node of the federation demo.
     *
     * @throws UnknownNodeException when the demo does not describe that regency
     */
    public RegencyConfiguration loadDemo(RegionCode node) {
        return loadDemo().asNode(node);
    }
}
