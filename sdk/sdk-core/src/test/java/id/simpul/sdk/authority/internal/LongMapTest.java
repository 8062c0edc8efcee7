package id.simpul.sdk.authority.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The resolver's hash map of long keys behaves like a {@link HashMap}, growing as it fills. */
class LongMapTest {

    @Property(tries = 200)
    void map_agreesWithAHashMap(@ForAll @Size(max = 300) List<@LongRange(min = 1, max = 5_000) Long> keys) {
        LongMap<String> map = new LongMap<>(2);
        Map<Long, String> expected = new HashMap<>();
        for (long k : keys) {
            map.put(k, "v" + k + "-" + expected.size());
            expected.put(k, "v" + k + "-" + expected.size());
        }
        assertThat(map.size()).isEqualTo(expected.size());
        for (long k = 1; k <= 5_000; k++) {
            assertThat(map.get(k)).isEqualTo(expected.get(k));
        }
        List<String> values = new ArrayList<>();
        map.forEachValue(values::add);
        assertThat(values).containsExactlyInAnyOrderElementsOf(expected.values());
    }

    @Test
    void put_zeroKey_isRefused() {
        assertThatThrownBy(() -> new LongMap<String>(4).put(0, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
