package id.simpul.sdk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the files of a configuration come from: a folder on disk, or a folder inside the jar (the
 * demo configuration). Names are relative, with forward slashes, e.g. {@code catalogue/ADM-KK.yaml}.
 */
public interface ConfigSource {

    /** Human-readable origin for reports, e.g. the folder path. */
    String origin();

    /** Names of the files, sorted. */
    List<String> files();

    /** The bytes of a file, or empty when it cannot be read. */
    Optional<byte[]> read(String name);

    /** The files of a folder and its sub-folders, hidden ones (such as {@code .git/}) left out. */
    static ConfigSource folder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new ConfigSource() {
            @Override
            public String origin() {
                return folder.toString();
            }

            @Override
            public List<String> files() {
                if (!Files.isDirectory(folder)) {
                    return List.of();
                }
                try (Stream<Path> walk = Files.walk(folder)) {
                    return walk.filter(Files::isRegularFile)
                            .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                            .filter(name -> !name.startsWith(".") && !name.contains("/.")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Optional<byte[]> read(String name) {
                try {
                    return Optional.of(Files.readAllBytes(folder.resolve(name)));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        };
    }

    /**
     * A folder of class-path resources listed by an {@code index.txt} inside it (one relative file
     * name per line), so it can be read from a jar, a WAR or a plain directory alike.
     */
    static ConfigSource classpath(String folder, ClassLoader loader) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        return new ConfigSource() {
            @Override
            public String origin() {
                return "classpath:" + base;
            }

            @Override
            public List<String> files() {
                String index = read("index.txt").map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
                List<String> names = new ArrayList<>();
                index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                names.sort(null);
                return List.copyOf(names);
            }

            @Override
            public Optional<byte[]> read(String name) {
                try (InputStream in = loader.getResourceAsStream(base + name)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        };
    }
}
