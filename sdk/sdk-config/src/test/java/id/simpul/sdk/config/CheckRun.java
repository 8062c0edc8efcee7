package id.simpul.sdk.config;

import id.simpul.sdk.config.check.SimpulCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of simpul-check: its exit status and what it printed. */
record CheckRun(int exit, String out, String err) {

    static CheckRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SimpulCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CheckRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Copies the demo configuration into a folder, so a test can break one thing in it. */
    static Path copyOfDemo(Path folder) {
        ConfigSource demo = DemoConfiguration.source();
        try {
            for (String name : demo.files()) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, demo.read(name).orElseThrow());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
