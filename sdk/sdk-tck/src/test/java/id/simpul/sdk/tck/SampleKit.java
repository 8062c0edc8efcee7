package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two rules for {@link KitMetaTestsTest}: one holds, one is broken. Not run by the build itself. */
class SampleKit {

    @Test
    void holds() {
        assertThat(1 + 1).isEqualTo(2);
    }

    @Test
    void broken() {
        assertThat(1 + 1).isEqualTo(3);
    }
}
