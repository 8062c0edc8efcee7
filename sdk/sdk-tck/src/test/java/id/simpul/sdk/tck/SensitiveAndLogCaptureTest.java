package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class SensitiveAndLogCaptureTest {

    @Test
    void textsOf_coverEveryCauseAndBothLanguages() {
        Exception failure = new SimpulClientException("x", LocalizedMessage.of("no.such.bundle", "k"),
                new IllegalStateException("SITI AMINAH"));

        List<String> texts = Sensitive.textsOf(failure);

        assertThat(Sensitive.found(texts, Set.of("siti aminah", "6112014101900001"))).hasSize(1);
    }

    @Test
    void logCapture_seesFineLevelsParametersAndThrowables_andRestoresTheRootLevel() {
        Level before = Logger.getLogger("").getLevel();
        List<String> lines;
        try (LogCapture capture = LogCapture.start()) {
            Logger.getLogger("some.library").log(Level.FINEST, "answer {0}", "6112014101900001");
            System.getLogger("other").log(System.Logger.Level.DEBUG, "failed", new IllegalStateException("BUDI"));
            lines = capture.lines();
        }

        assertThat(Sensitive.found(lines, Set.of("6112014101900001", "BUDI"))).hasSize(2);
        assertThat(Logger.getLogger("").getLevel()).isEqualTo(before);
    }

    @Test
    void prefixed_putsKeysUnderTheSystem() {
        assertThat(TckHarness.prefixed("dukcapil", Map.of("timeout", "1s")))
                .containsEntry("simpul.adapters.dukcapil.timeout", "1s");
    }

    @Test
    void shortValues_areIgnored_soCommonWordsDoNotTrigger() {
        assertThat(Sensitive.found(List.of("L and P"), Set.of("L", "P"))).isEmpty();
    }
}
