package id.simpul.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class WireLoggingTest {

    @Test
    void silence_wireLoggersTurnedUpByConfiguration_publishNothing() {
        Logger root = Logger.getLogger("");
        Level previous = root.getLevel();
        List<String> published = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                published.add(record.getLoggerName() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        try {
            WireLogging.LOGGER_NAMES.forEach(name -> Logger.getLogger(name).setLevel(Level.ALL));

            WireLogging.silence();
            for (String name : WireLogging.LOGGER_NAMES) {
                Logger.getLogger(name).fine("user_key: rahasia");
                Logger.getLogger(name).severe(">> \"{\"NIK\":\"3171011505900001\"}\"");
            }
            Logger.getLogger("id.simpul.adapters.other").fine("still logged");
        } finally {
            root.removeHandler(handler);
            root.setLevel(previous);
        }

        assertThat(published).containsExactly("id.simpul.adapters.other still logged");
    }
}
