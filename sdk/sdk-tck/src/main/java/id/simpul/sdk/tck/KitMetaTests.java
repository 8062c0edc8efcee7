package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * For an adapter's meta-tests of the kit: a kit is only worth something if it fails broken adapters, so
 * a test runs chosen rules of the kit against a deliberately broken adapter and checks which failed.
 */
public final class KitMetaTests {

    private KitMetaTests() {
    }

    /**
     * Runs the named rules (test methods) of {@code kit} in the JUnit Jupiter engine and returns the names
     * of those that failed; asserts that every named rule was run.
     */
    public static Set<String> failedRules(Class<?> kit, String... rules) {
        MethodSelector[] selectors = Arrays.stream(rules).map(r -> selectMethod(kit, r)).toArray(MethodSelector[]::new);
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectors).execute().testEvents();
        assertThat(tests.started().count()).as("rules run").isEqualTo(rules.length);
        return tests.failed().stream().map(e -> e.getTestDescriptor().getDisplayName().replace("()", ""))
                .collect(Collectors.toSet());
    }
}
