package id.simpul.adapters.oss;

import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.tck.KitMetaTests;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

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
        return KitMetaTests.staleAnswers(LicensingGateway.class, adapter, "inquireNib");
    }
}
