package id.simpul.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void describe_keepsClassesAndFrames_butNeverTheMessages() {
        Exception db = new IllegalStateException("Unique index violation: ('6112015705900042', 'Siti')");
        RuntimeException wrapped = new RuntimeException("commit failed for NIK 6112015705900042", db);

        String text = ProblemMapper.describe(wrapped);

        assertThat(text).contains("java.lang.RuntimeException").contains("caused by java.lang.IllegalStateException")
                .contains("ProblemMapperTest").doesNotContain("6112015705900042").doesNotContain("Siti");
    }
}
