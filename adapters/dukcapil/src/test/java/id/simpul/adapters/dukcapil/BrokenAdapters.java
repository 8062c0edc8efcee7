package id.simpul.adapters.dukcapil;

import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.tck.KitMetaTests;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/** Adapters broken on purpose, each the way real adapters go wrong, to prove the kit catches them. */
final class BrokenAdapters {

    private BrokenAdapters() {
    }

    /** Attaches a cause that quotes the NIK to every remote failure. */
    static PopulationRegistry leakingNik(PopulationRegistry adapter) {
        return (PopulationRegistry) Proxy.newProxyInstance(BrokenAdapters.class.getClassLoader(),
                new Class<?>[] {PopulationRegistry.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(adapter, args);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof RemoteCallException r && args[0] instanceof VerificationRequest q) {
                            throw RemoteCallException.of(adapter.descriptor(), r.operation(), r.kind(), "",
                                    new IllegalStateException("while verifying NIK " + q.nik().value()));
                        }
                        throw e.getCause();
                    }
                });
    }

    /** Answers every verification with the first answer it got (a cache keyed on nothing). */
    static PopulationRegistry staleAnswers(PopulationRegistry adapter) {
        return KitMetaTests.staleAnswers(PopulationRegistry.class, adapter, "verify");
    }
}
