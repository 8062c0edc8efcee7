package id.simpul.federation.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.federation.FederationDataException;
import id.simpul.federation.World;
import id.simpul.federation.directory.AgreementCoverage;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DataMinimiserPropertiesTest {

    private static final World WORLD = new World();
    private static final AgreementCoverage COVERED = WORLD.directory()
            .coverage(World.KUBU_RAYA, World.KAPUAS_HULU, World.KTP, LocalDate.parse("2026-03-02"));

    @Property(tries = 200)
    void minimise_keepsOnlyAllowedFieldsAndReportsEveryOtherName(
            @ForAll @Size(max = 8) Map<@AlphaChars @StringLength(min = 1, max = 6) String, @StringLength(max = 10) String> extra,
            @ForAll boolean withNik) {
        Map<String, Object> form = new java.util.HashMap<>(extra);
        if (withNik) {
            form.put("nik", "6106010101900001");
        }

        DataMinimiser.Minimised m = DataMinimiser.minimise(form, COVERED);

        assertThat(COVERED.allowedFields()).containsAll(m.fields().keySet());
        Set<String> union = new HashSet<>(m.fields().keySet());
        union.addAll(m.withheld());
        assertThat(union).isEqualTo(form.keySet());
        assertThat(m.withheld()).doesNotContainAnyElementsOf(COVERED.allowedFields());
        m.fields().forEach((k, v) -> assertThat(v).isEqualTo(form.get(k)));
    }

    @Test
    void minimise_minimisedFormPassesTheReceiversFieldCheck() {
        DataMinimiser.Minimised m = DataMinimiser.minimise(
                Map.of("nik", "6106010101900001", "alasan", "hilang", "nama_ibu", "SITI"), COVERED);
        InMemorySeenMessageStore store = new InMemorySeenMessageStore();

        Verification v = WORLD.verifier(World.KAPUAS_HULU, WORLD.directory(), store).verify(
                WORLD.signer(World.KUBU_RAYA).sign(WORLD.forward(World.KUBU_RAYA, World.KAPUAS_HULU, World.KTP, m.fields())));

        assertThat(v.envelope().fields()).containsOnlyKeys("nik", "alasan");
        assertThat(m.withheld()).containsExactly("nama_ibu");
    }

    @Test
    void minimise_uncoveredRequest_letsNothingTravel() {
        AgreementCoverage expired = WORLD.directory()
                .coverage(World.KUBU_RAYA, World.SAMBAS, World.KTP, LocalDate.parse("2026-03-02"));

        assertThatThrownBy(() -> DataMinimiser.minimise(Map.of("nik", "x"), expired))
                .isInstanceOf(FederationDataException.class);
    }
}
