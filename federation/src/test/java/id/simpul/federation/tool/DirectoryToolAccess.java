package id.simpul.federation.tool;

import java.io.PrintStream;
import java.time.Clock;

/** Lets tests in other packages run the command with their own streams. */
public final class DirectoryToolAccess {

    private DirectoryToolAccess() {
    }

    public static int run(PrintStream out, PrintStream err, String... args) {
        return new DirectoryTool(out, err, Clock.systemUTC()).run(args);
    }
}
