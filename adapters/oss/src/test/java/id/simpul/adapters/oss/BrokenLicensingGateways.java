package id.simpul.adapters.oss;

import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;

/** Licensing adapters broken on purpose, each the way real adapters go wrong, to prove the kit catches them. */
final class BrokenLicensingGateways {

    private BrokenLicensingGateways() {
    }

    /** Retries pushes on its own after a retryable failure: a push may then reach OSS twice. */
    static LicensingGateway retryingPushes(LicensingGateway adapter) {
        return (LicensingGateway) Proxy.newProxyInstance(BrokenLicensingGateways.class.getClassLoader(),
                new Class<?>[] {LicensingGateway.class}, (p, method, args) -> {
                    int attempts = method.getName().startsWith("push") ? 3 : 1;
                    for (int i = 1; ; i++) {
                        try {
                            return method.invoke(adapter, args);
                        } catch (InvocationTargetException e) {
                            if (!(e.getCause() instanceof RemoteCallException r) || !r.retryable() || i >= attempts) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    /** Answers every NIB inquiry with the first answer it got (a cache keyed on nothing). */
    static LicensingGateway staleInquiries(LicensingGateway adapter) {
        AtomicReference<Object> first = new AtomicReference<>();
        return (LicensingGateway) Proxy.newProxyInstance(BrokenLicensingGateways.class.getClassLoader(),
                new Class<?>[] {LicensingGateway.class}, (p, method, args) -> {
                    try {
                        if (method.getName().equals("inquireNib")) {
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
                });
    }
}
