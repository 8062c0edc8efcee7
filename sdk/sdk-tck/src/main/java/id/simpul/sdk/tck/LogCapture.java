package id.simpul.sdk.tck;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures everything logged through {@code java.util.logging} (where {@link System.Logger} goes by
 * default) at every level, including the parameters and the messages of attached exceptions, while
 * open. The kit looks for personal data and secrets in it.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = Logger.getLogger("");
    private final Level previousLevel = root.getLevel();
    private final List<String> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder sb = new StringBuilder(String.valueOf(record.getLoggerName())).append(' ')
                    .append(record.getLevel()).append(' ').append(String.valueOf(record.getMessage()));
            Object[] params = record.getParameters();
            if (params != null) {
                sb.append(" | ").append(Arrays.toString(params));
                try {
                    sb.append(" | ").append(MessageFormat.format(String.valueOf(record.getMessage()), params));
                } catch (IllegalArgumentException e) {
                    sb.append(" | (unformattable)");
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                sb.append(" | ").append(t);
            }
            synchronized (lines) {
                lines.add(sb.toString());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() {
        root.removeHandler(handler);
        root.setLevel(previousLevel);
    }
}
