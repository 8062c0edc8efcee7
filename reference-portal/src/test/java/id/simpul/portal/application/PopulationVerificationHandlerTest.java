package id.simpul.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PopulationVerificationHandlerTest {

    @Test
    void handles_onlyThePopulationVerifyTopic() {
        PopulationVerificationHandler h = new PopulationVerificationHandler();
        assertThat(h.handles(Outbox.POPULATION_VERIFY)).isTrue();
        assertThat(h.handles(Outbox.STATUS_CHANGED)).isFalse();
    }

    @Test
    void requestId_isReadFromThePayload_andAMessageWithoutOneIsRefused() {
        assertThat(PopulationVerificationHandler.requestId("{\"requestId\":\"r-1\",\"service\":\"X\"}")).isEqualTo("r-1");
        assertThatThrownBy(() -> PopulationVerificationHandler.requestId("{\"service\":\"X\"}"))
                .hasMessageContaining("requestId");
    }

    @Test
    void nikOf_takesTheFormsSingleNik_andNothingElse() {
        assertThat(VerificationRecorder.nikOf("{\"nik\":[\"6112015705900042\"],\"alasan\":[\"HILANG\"]}"))
                .contains("6112015705900042");
        assertThat(VerificationRecorder.nikOf("{\"alasan\":[\"HILANG\"]}")).isEmpty();
        assertThat(VerificationRecorder.nikOf("{\"nik\":[\"1\",\"2\"]}")).isEmpty();
        assertThat(VerificationRecorder.nikOf(null)).isEmpty();
    }

    @Test
    void subjectNik_toString_hidesTheNik() {
        assertThat(new VerificationRecorder.Subject.Nik("6112015705900042").toString())
                .doesNotContain("6112015705900042");
    }
}
