package id.simpul.adapters.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.region.RegionCode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OptionsAndPeopleTest {

    @Test
    void flags_setPortSeedKnobsAndExtras() {
        SimulatorOptions o = SimulatorOptions.parse(new String[] {"--port", "8081", "--seed=7",
            "--latency=lognormal:40ms:0.5", "--error-rate=0.1", "--outage", "--institution=kubu-raya"},
                Map.of("institution", "demo"));

        assertThat(o.port()).isEqualTo(8081);
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.knobs().latency()).hasToString("lognormal:40ms:0.5");
        assertThat(o.knobs().errorRate()).isEqualTo(0.1);
        assertThat(o.knobs().outage()).isTrue();
        assertThat(o.extra("institution")).isEqualTo("kubu-raya");
    }

    @Test
    void unknownOrMalformedFlag_isRefusedListingTheValidOnes() {
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--colour=red"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour")
                .hasMessageContaining("latency");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--error-rate=2"}, Map.of()))
                .hasMessageContaining("error-rate");
        assertThatThrownBy(() -> SimulatorOptions.parse(new String[] {"--port=abc"}, Map.of()))
                .hasMessageContaining("--port");
    }

    @Test
    void latencyProfiles_parseAndDrawWithinTheirBounds() {
        LatencyProfile uniform = LatencyProfile.parse("uniform:10ms..20ms");
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            assertThat(uniform.next(random)).isBetween(Duration.ofMillis(10), Duration.ofMillis(20));
        }
        assertThat(LatencyProfile.parse("250ms").next(random)).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> LatencyProfile.parse("slow")).hasMessageContaining("uniform:10ms..200ms");
    }

    @Test
    void syntheticPeople_areDeterministicValidAndFromTheChosenRegencies() {
        List<SyntheticPerson> a = SyntheticPeople.generate(42, 300);
        List<SyntheticPerson> b = SyntheticPeople.generate(42, 300);

        assertThat(a).isEqualTo(b).hasSize(300);
        assertThat(a).extracting(p -> p.nik().value()).doesNotHaveDuplicates();
        assertThat(a).allSatisfy(p -> {
            assertThat(Nik.validate(p.nik().value(), id.simpul.sdk.region.RegionRegistry.official(),
                    LocalDate.of(2026, 12, 1)).isValid()).isTrue();
            assertThat(p.nik().serial()).isGreaterThanOrEqualTo(9001);
            assertThat(SyntheticPeople.DEMO_REGENCIES).anyMatch(r -> p.village().isWithin(RegionCode.parse(r)));
            assertThat(p.toString()).doesNotContain(p.fullName()).doesNotContain(p.nik().value());
        });
        assertThat(SyntheticPeople.generate(43, 300)).isNotEqualTo(a);
    }

    @Test
    void syntheticPeople_refuseAnUnknownRegency() {
        assertThatThrownBy(() -> SyntheticPeople.generate(1, 1, id.simpul.sdk.region.RegionRegistry.official(),
                List.of("61.98"))).hasMessageContaining("61.98");
    }
}
