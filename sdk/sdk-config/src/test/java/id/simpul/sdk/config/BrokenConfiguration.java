package id.simpul.sdk.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy of the demo configuration with one mistake: in {@code file}, the first {@code find} is
 * replaced by {@code replace} (an empty find with an empty replace deletes the file; an empty find
 * with text creates the file). The expected problem stands on the line where {@code anchor} (or
 * the replacement) ends up, at {@code field}, with the code and the fix fragments in each language.
 */
record BrokenConfiguration(String name, String file, String find, String replace, String anchor, String field,
                           String code, String fixId, String fixEn) {

    static BrokenConfiguration of(String name, String file, String find, String replace, String field, String code,
                                  String fixId, String fixEn) {
        return new BrokenConfiguration(name, file, find, replace, replace, field, code, fixId, fixEn);
    }

    BrokenConfiguration anchoredAt(String text) {
        return new BrokenConfiguration(name, file, find, replace, text, field, code, fixId, fixEn);
    }

    /** Writes the broken copy into the folder and answers it. */
    Path writeInto(Path folder) {
        CheckRun.copyOfDemo(folder);
        Path target = folder.resolve(file);
        try {
            if (find.isEmpty()) {
                if (replace.isEmpty()) {
                    Files.delete(target);
                } else {
                    Files.writeString(target, replace, StandardCharsets.UTF_8);
                }
                return folder;
            }
            String text = Files.readString(target, StandardCharsets.UTF_8);
            int at = text.indexOf(find);
            if (at < 0) {
                throw new IllegalStateException(name + ": '" + find + "' is not in " + file);
            }
            Files.writeString(target, text.substring(0, at) + replace + text.substring(at + find.length()),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** The 1-based line of the anchor in the broken file; 0 when the problem concerns the whole file. */
    int expectedLine(Path folder) {
        if (anchor.isEmpty() || find.isEmpty()) {
            return 0;
        }
        try {
            String text = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
            int at = text.indexOf(anchor);
            if (at < 0) {
                throw new IllegalStateException(name + ": anchor '" + anchor + "' is not in " + file);
            }
            return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
