package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
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

    /**
     * An adapter broken the way a cache keyed on nothing breaks it: every call of {@code operation}
     * answers what the first call answered; every other call goes to {@code adapter} unchanged.
     *
     * @param port the port interface the adapter implements
     */
    public static <T> T staleAnswers(Class<T> port, T adapter, String operation) {
        AtomicReference<Object> first = new AtomicReference<>();
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            try {
                if (method.getName().equals(operation)) {
                    Object cached = first.get();
                    if (cached != null) {
                        return cached;
                    }
                    Object answer = method.invoke(adapter, args);
                    first.compareAndSet(null, answer);
                    return answer;
                }
                return method.invoke(adapter, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
