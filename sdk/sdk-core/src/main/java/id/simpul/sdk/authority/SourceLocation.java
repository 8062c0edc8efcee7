package id.simpul.sdk.authority;

import java.util.Objects;

/**
 * Where a configuration item was read from, so a problem can point at it: a file (as the user
 * named it, relative to the configuration folder), and a line and column starting at 1, or 0 when
 * unknown.
 *
 * @param file   the file, e.g. {@code 61.12/delegations.yaml}
 * @param line   line number from 1, or 0
 * @param column column number from 1, or 0
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or positive");
        }
    }

    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, line, 0);
    }

    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
