package id.simpul.adapters.polri;

import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.tck.KitMetaTests;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;

/** Police adapters broken on purpose, each the way real adapters go wrong, to prove the kit catches them. */
final class BrokenPoliceReports {

    private BrokenPoliceReports() {
    }

    /** Answers every letter verification with the first answer it got (a cache keyed on nothing). */
    static PoliceReports staleAnswers(PoliceReports adapter) {
        return KitMetaTests.staleAnswers(PoliceReports.class, adapter, "verifyLostReport");
    }

    /** Treats an impossible number as "not found" instead of telling the caller the input is wrong. */
    static PoliceReports lenientInput(PoliceReports adapter) {
        return proxy(adapter, (method, args) -> {
            try {
                return method.invoke(adapter, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SimpulClientException) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    private interface Call {
        Object invoke(java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static PoliceReports proxy(PoliceReports adapter, Call call) {
        return (PoliceReports) Proxy.newProxyInstance(BrokenPoliceReports.class.getClassLoader(),
                new Class<?>[] {PoliceReports.class}, (p, method, args) -> {
                    try {
                        return call.invoke(method, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
