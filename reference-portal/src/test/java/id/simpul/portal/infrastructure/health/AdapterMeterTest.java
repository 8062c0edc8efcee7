package id.simpul.portal.infrastructure.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.police.LostReport;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.police.SkckStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdapterMeterTest {

    private static final AdapterDescriptor DESCRIPTOR = AdapterDescriptor.of(PoliceReports.class, "polri", "Fake", "1");

    private final List<String> records = new ArrayList<>();
    private final AdapterMeter.Recorder recorder = (system, operation, outcome, elapsed) -> {
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ZERO);
        records.add(system + "/" + operation + "/" + outcome.tag());
    };

    private PoliceReports answering(RuntimeException failure) {
        PoliceReports adapter = new PoliceReports() {
            @Override
            public AdapterDescriptor descriptor() {
                return DESCRIPTOR;
            }

            @Override
            public Optional<LostReport> verifyLostReport(String letterNumber) {
                if (failure != null) {
                    throw failure;
                }
                return Optional.empty();
            }

            @Override
            public Optional<SkckStatus> skckStatus(String skckNumber) {
                return Optional.empty();
            }
        };
        return AdapterMeter.meter(PoliceReports.class, adapter, "polri", recorder);
    }

    @Test
    void meter_answerIncludingNotFound_isASuccess() {
        assertThat(answering(null).verifyLostReport("STPL/1/XII/2026/SPKT")).isEmpty();

        assertThat(records).containsExactly("polri/verifyLostReport/success");
    }

    @Test
    void meter_openCircuitOrFullBulkhead_isRejected_andTheExceptionIsUnchanged() {
        for (RemoteFailure kind : List.of(RemoteFailure.CIRCUIT_OPEN, RemoteFailure.BULKHEAD_FULL)) {
            RemoteCallException e = RemoteCallException.of(DESCRIPTOR, "verifyLostReport", kind, null, null);
            assertThatThrownBy(() -> answering(e).verifyLostReport("x")).isSameAs(e);
        }

        assertThat(records).containsExactly("polri/verifyLostReport/rejected", "polri/verifyLostReport/rejected");
    }

    @Test
    void meter_remoteOrUnexpectedFailure_isAFailure() {
        RemoteCallException timeout = RemoteCallException.of(DESCRIPTOR, "verifyLostReport", RemoteFailure.TIMEOUT, null,
                null);
        assertThatThrownBy(() -> answering(timeout).verifyLostReport("x")).isSameAs(timeout);
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> answering(bug).verifyLostReport("x")).isSameAs(bug);

        assertThat(records).containsExactly("polri/verifyLostReport/failure", "polri/verifyLostReport/failure");
    }

    @Test
    void meter_portMethods_areNotCounted() {
        PoliceReports metered = answering(null);

        assertThat(metered.descriptor()).isEqualTo(DESCRIPTOR);
        metered.close();

        assertThat(records).isEmpty();
    }
}
