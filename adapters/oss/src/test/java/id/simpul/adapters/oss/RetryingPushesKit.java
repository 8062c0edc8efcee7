package id.simpul.adapters.oss;

import id.simpul.sdk.tck.licensing.LicensingGatewayHarness;
import id.simpul.sdk.tck.licensing.LicensingGatewayTck;

/** The kit run against an adapter that retries its pushes; run only by {@link LicensingKitMetaTest}. */
class RetryingPushesKit extends LicensingGatewayTck {

    @Override
    protected LicensingGatewayHarness harness() {
        return new OssHarness((settings, clock) ->
                BrokenLicensingGateways.retryingPushes(new OssAdapterProvider().create(settings, clock)));
    }
}
