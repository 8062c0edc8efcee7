package id.simpul.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SdkTourTest {

    @Test
    void tour_walksTheRequestToCompletion_withoutPrintingTheNik() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SdkTour(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed)
                .contains("83762 villages")
                .contains("61.12 -> Kabupaten Kubu Raya")
                .contains("warnings=[REGION_UNKNOWN]")
                .contains("final status COMPLETED")
                .contains("request.transition.illegal")
                .contains("reads back equal: true")
                .contains("\"status\": \"COMPLETED\"")
                .contains("is refused at /status")
                .doesNotContain("6112015705900042");
    }
}
