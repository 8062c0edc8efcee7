package id.simpul.adapters.oss;

import id.simpul.sdk.tck.licensing.LicensingGatewayHarness;
import id.simpul.sdk.tck.licensing.LicensingGatewayTck;

/** The kit run against an adapter that reuses its first inquiry answer; run only by {@link LicensingKitMetaTest}. */
class StaleInquiriesKit extends LicensingGatewayTck {

    @Override
    protected LicensingGatewayHarness harness() {
        return new OssHarness((settings, clock) ->
                BrokenLicensingGateways.staleInquiries(new OssAdapterProvider().create(settings, clock)));
    }
}
